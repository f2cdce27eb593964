import { build } from 'esbuild';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { defaultReporter } from '@web/test-runner';
import { testRoutes } from './test/server/routes.mjs';
import { summaryReporter } from './test/server/summary-reporter.mjs';
import { CHROMIUM_FLAGS, findChromium } from './test/server/chromium.mjs';
import { serveDefaultData } from './scripts/serve-default-data.mjs';

// React is CommonJS: bundle it with the wrappers into one ES module for test/react.test.ts.
await build({
  entryPoints: ['test/react/harness.ts'],
  bundle: true,
  format: 'esm',
  target: 'es2021',
  tsconfig: './tsconfig.json',
  outfile: 'test/react/.harness.js',
  define: { 'process.env.NODE_ENV': '"development"' },
  logLevel: 'warning',
});
// The same for React 19 (from test/react19/node_modules), with the raw tags: test/react19.test.ts.
await build({
  entryPoints: ['test/react19/harness.ts'],
  bundle: true,
  format: 'esm',
  target: 'es2021',
  tsconfig: './tsconfig.json',
  outfile: 'test/react19/.harness.js',
  define: { 'process.env.NODE_ENV': '"development"' },
  logLevel: 'warning',
});

const FUZZ_RUNS = Number(process.env.SWV_FUZZ_RUNS) || 0;

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2021' }), a11ySnapshotPlugin()],
  middleware: [testRoutes, serveDefaultData],
  browsers: [chromeLauncher({ launchOptions: { executablePath: findChromium(), args: CHROMIUM_FLAGS } })],
  // One page at a time: a test page in a background tab gets no animation frames, and fixture() waits for one.
  concurrency: 1,
  // `npm run fuzz` sets SWV_FUZZ_RUNS for long runs; the page passes it to test/fuzz.test.ts.
  testFramework: { config: { timeout: FUZZ_RUNS ? 3_600_000 : 10000 } },
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html lang="nl"><head><meta charset="utf-8">${FUZZ_RUNS ? `<script>window.SWV_FUZZ_RUNS = ${FUZZ_RUNS};</script>` : ''}</head><body><script type="module" src="${testFramework}"></script></body></html>`,
  reporters: [defaultReporter(), summaryReporter(process.env.SWV_TEST_SUMMARY ?? '.wtr-summary.json')],
};
