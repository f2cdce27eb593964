/**
 * `npm run build`: everything in `dist/` (and the generated files that are committed).
 *   dist/                 unbundled ESM per module + .d.ts (npm), custom-elements.json
 *   dist/cdn/             swv-elements.js (module) and swv-elements.iife.js (classic script),
 *                         one file per element for pages with one kind (swv-card.js, …),
 *                         embed.html with embed.js (the iframe embed) and embed-resize.js (for its host),
 *                         with everything they load at run time beside them
 *   dist/cdn/swv-data/                   the packaged default dataset (from data/), once: the npm modules use it too
 *   dist/cli/             the swv-data command (Node only)
 *   dist/wordpress/       the WordPress plugin (integrations/wordpress + dist/cdn), and as swv-elements.zip to upload
 *   schema/               the JSON Schemas, generated from src/format/schema.ts
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { build } from 'esbuild';

const bin = (name) => `node_modules/.bin/${name}`;
const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });
const step = (name) => console.log(`\n[build] ${name}`);

rmSync('dist', { recursive: true, force: true });

step('bundles (rollup)');
run(bin('rollup'), ['-c', '--silent']);

step('type declarations (tsc)');
run(bin('tsc'), ['-p', 'tsconfig.build.json']);

step('JSON Schemas');
await build({
  entryPoints: ['scripts/build-schema.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: 'dist/.tmp/build-schema.mjs',
  logLevel: 'warning',
});
const { jsonSchemas } = await import(new URL('../dist/.tmp/build-schema.mjs', import.meta.url).href);
mkdirSync('schema', { recursive: true });
for (const [file, schema] of Object.entries(jsonSchemas())) writeFileSync(`schema/${file}`, `${JSON.stringify(schema, null, 2)}\n`);
rmSync('dist/.tmp', { recursive: true, force: true });

if (existsSync('cli/swv-data.ts')) {
  step('command-line tool');
  await build({
    entryPoints: ['cli/swv-data.ts'],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    outfile: 'dist/cli/swv-data.mjs',
    // Only as large as it must be: white space and syntax shortened, names kept for readable errors.
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: 'warning',
  });
}

step('themes (optional stylesheets)');
for (const target of ['dist/themes', 'dist/cdn/themes']) cpSync('themes', target, { recursive: true });

step('iframe embed page (dist/cdn/embed.html, embed.css; its scripts come from rollup)');
for (const file of ['embed.html', 'embed.css']) cpSync(`src/embed/${file}`, `dist/cdn/${file}`);

step('default dataset beside the modules and the script-tag files');
if (existsSync('data/index.json')) {
  cpSync('data', 'dist/cdn/swv-data', { recursive: true, filter: (src) => !src.includes('/curated') });
} else {
  console.warn('[build] data/index.json is missing: elements without src will have no default data.');
}

step('custom elements manifest');
run(bin('cem'), [
  'analyze',
  '--litelement',
  '--globs',
  'src/elements/**/*.ts',
  'src/internal/swv-data-element.ts',
  '--exclude',
  'src/**/*.test.ts',
  '--outdir',
  'dist',
  '--quiet',
]);
run(process.execPath, ['scripts/manifest.mjs']);

step('Subresource Integrity hashes');
run(process.execPath, ['scripts/integrity.mjs']);

step('WordPress plugin (dist/wordpress/swv-elements: the PHP plus dist/cdn as assets/)');
cpSync('integrations/wordpress/swv-elements', 'dist/wordpress/swv-elements', { recursive: true });
cpSync('dist/cdn', 'dist/wordpress/swv-elements/assets', { recursive: true });
// The plugin as one zip, ready to upload in WordPress (Plugins > Add New > Upload) or to attach to
// a release. It is not part of the npm package.
writeFileSync('dist/wordpress/swv-elements.zip', zipSync(folderEntries('dist/wordpress', 'swv-elements'), { level: 9 }));
console.log('\n[build] done');

/** The files of `folder` under `base`, as paths inside the zip (`swv-elements/...`) with their bytes. */
function folderEntries(base, folder) {
  const entries = {};
  for (const entry of readdirSync(`${base}/${folder}`, { withFileTypes: true })) {
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory()) Object.assign(entries, folderEntries(base, path));
    else entries[path] = readFileSync(`${base}/${path}`);
  }
  return entries;
}
