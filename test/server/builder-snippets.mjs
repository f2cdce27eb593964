/** The code builder's snippet functions (src/builder/snippets.ts) for the Node tests, built by esbuild. */
import { build } from 'esbuild';

export async function builderSnippets() {
  const result = await build({ entryPoints: [new URL('../../src/builder/snippets.ts', import.meta.url).pathname], bundle: true, write: false, format: 'esm', logLevel: 'silent' });
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
}
