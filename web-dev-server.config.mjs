import { esbuildPlugin } from '@web/dev-server-esbuild';
import { serveDefaultData } from './scripts/serve-default-data.mjs';

/** `npm start`: the demo on the sources, with the packaged default dataset. */
export default {
  port: Number(process.env.PORT ?? 8000),
  nodeResolve: true,
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2021' })],
  middleware: [
    serveDefaultData,
    (ctx, next) => {
      if (ctx.path === '/') ctx.redirect('/demo/');
      return next();
    },
  ],
};
