/** `npm start`: serves the demo at http://localhost:8000/demo/ on the packaged default data. */
import { startDevServer } from '@web/dev-server';

const server = await startDevServer({ readCliArgs: false, readFileConfig: true, logStartMessage: false });
const port = server.config.port;
console.log(`\nswv-elements demo: http://localhost:${port}/demo/\n(Ctrl+C stops the server)`);
