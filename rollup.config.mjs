import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import esbuild from 'rollup-plugin-esbuild';
import { transform } from 'esbuild';
import { minify } from 'terser';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';

const TARGET = 'es2021';
const elementModules = readdirSync('src/elements').flatMap((tag) =>
  readdirSync(`src/elements/${tag}`)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => `src/elements/${tag}/${file}`),
);
const tsconfig = 'tsconfig.json';

/**
 * The package holds the default data once, in `dist/cdn/swv-data/` beside the script-tag build; the
 * npm modules (in `dist/`, one level up) find it there.
 */
const dataInCdnFolder = {
  name: 'data-in-cdn-folder',
  transform(code, id) {
    if (!id.endsWith('/src/default-data.ts')) return null;
    if (!code.includes("'./swv-data/index.json'")) this.error('default-data.ts: the packaged data URL changed; update rollup.config.mjs');
    return { code: code.replace("'./swv-data/index.json'", "'./cdn/swv-data/index.json'"), map: null };
  },
};

/** 1. npm: unbundled ESM, one module per source file; lit, @lit/task and valibot stay dependencies. */
const npm = {
  input: ['src/index.ts', 'src/define.ts', 'src/mount.ts', 'src/react.ts', ...elementModules],
  external: (id) => /^(lit|@lit\/|valibot|react)/.test(id),
  plugins: [dataInCdnFolder, esbuild({ target: TARGET, tsconfig })],
  output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
};

/**
 * Private members are named `_name` (Lit's own internals use `_$`); in a single-file bundle nobody
 * else can see them, so they are shortened over the whole chunk at once (names stay unique).
 * The same pass writes each chunk in the charset its kind of script is read in.
 */
const manglePrivateMembers = {
  name: 'mangle-private-members',
  async renderChunk(code, chunk, options) {
    // Module scripts are always read as UTF-8, so their texts (Arabic, Ukrainian, ...) can stay as
    // they are (a third of the bytes of \u escapes). A classic script is read in the host page's
    // charset, which may not be UTF-8: it keeps ASCII only.
    const charset = options.format === 'es' ? 'utf8' : 'ascii';
    // A name that also appears as a string is used by name at run time (a reactive property given
    // by name, `'_open' in changed`): those keep their names, or Lit would watch one name while the
    // code writes another. (Keys of `static properties` are renamed with every use: no string.)
    const byName = [...new Set([...code.matchAll(/["'`](_[a-z]\w*)["'`]/g)].map((m) => m[1]))];
    const reserveProps = byName.length ? new RegExp(`^(?:${byName.join('|')})$`) : undefined;
    const result = await transform(code, { mangleProps: /^_[a-z]/, reserveProps, minifyWhitespace: true, target: TARGET, legalComments: 'inline', charset });
    return { code: result.code, map: null };
  },
};

/**
 * Licences. The first line of each script-tag file a page loads by name says what it is and its
 * licence; every file (also a chunk) with code of npm packages in it names those packages and their
 * licences, read from the modules rollup put in that file, so the line cannot miss a new library
 * or name one that is not there. The packages' licence texts are written beside the files, to
 * dist/cdn/THIRD-PARTY-LICENSES.txt (after each build, for every package bundled so far).
 */
const OWN_LICENCE = '/*! swv-elements | MIT | https://www.npmjs.com/package/swv-elements';
const NOTICES = 'dist/cdn/THIRD-PARTY-LICENSES.txt';
/** Every npm package bundled into a script-tag file so far: its version, licence and licence text. */
const bundledPackages = new Map();

/** The npm packages with code in a chunk (a module that tree-shaking emptied does not count). */
function packagesIn(chunk) {
  const names = new Set();
  for (const [id, module] of Object.entries(chunk.modules)) {
    const match = /^(.*\/node_modules\/((?:@[^/]+\/)?[^/]+))\//.exec(id.replaceAll('\\', '/'));
    if (!match || module.renderedLength === 0) continue;
    const [, folder, name] = match;
    if (!bundledPackages.has(name)) {
      const { version, license } = JSON.parse(readFileSync(`${folder}/package.json`, 'utf8'));
      const text = readdirSync(folder).find((file) => /^licen[cs]e/i.test(file));
      if (!license || !text) throw new Error(`third-party licences: ${name} has no licence`);
      bundledPackages.set(name, { version, license, text: readFileSync(`${folder}/${text}`, 'utf8').trim() });
    }
    names.add(name);
  }
  return [...names].sort();
}

/** The licence line of a chunk: `undefined` for a chunk with only our own code that no page loads by name. */
function licenceLine(chunk) {
  const byLicence = new Map();
  for (const name of packagesIn(chunk)) {
    const { license } = bundledPackages.get(name);
    byLicence.set(license, [...(byLicence.get(license) ?? []), name]);
  }
  const bundles = [...byLicence].map(([license, names]) => `${names.join(', ')} (${license})`).join('; ');
  const notices = `${'../'.repeat(chunk.fileName.split('/').length - 1)}THIRD-PARTY-LICENSES.txt`;
  const notice = bundles && `bundles ${bundles}: see ${notices}`;
  if (chunk.isEntry) return `${OWN_LICENCE}${notice ? ` | ${notice}` : ''} */`;
  return notice ? `/*! swv-elements ${notice} */` : undefined;
}

/** Writes the licence texts of every package bundled so far. */
const thirdPartyLicences = {
  name: 'third-party-licences',
  closeBundle() {
    const packages = [...bundledPackages].sort(([a], [b]) => a.localeCompare(b));
    mkdirSync('dist/cdn', { recursive: true });
    writeFileSync(
      NOTICES,
      [
        'The script-tag files in this folder bundle these libraries. Their licences follow.\n',
        ...packages.map(([name, { version, text }]) => `=== ${name} ${version} ===\n\n${text}\n`),
      ].join('\n'),
    );
  },
};

/**
 * The last pass over each script-tag file: terser, two rounds of compression over the whole chunk
 * (esbuild minifies module by module; terser then finds what the joined chunk still repeats: the
 * module 1.7 % and the classic script 2.3 % smaller after brotli, when it was added). Kept to the syntax of TARGET, and to ASCII in a classic script (see below).
 */
const compressChunks = {
  name: 'compress-chunks',
  async renderChunk(code, chunk, options) {
    const result = await minify(code, {
      module: options.format === 'es',
      ecma: 2021,
      compress: { passes: 2 },
      // The licence line comes last, so no minifier before can drop it.
      format: { comments: false, preamble: licenceLine(chunk), ascii_only: options.format !== 'es' },
    });
    return { code: result.code, map: null };
  },
};

/**
 * A chunk loaded on demand fetches the chunks it imports together with itself, not after it (a
 * browser finds those imports only once the chunk has arrived: one more round trip on a slow line).
 */
const loadChunkImportsTogether = {
  name: 'load-chunk-imports-together',
  renderDynamicImport({ format, getTargetChunkImports }) {
    if (format !== 'es') return null;
    const imports = (getTargetChunkImports() ?? []).filter((target) => target.type === 'internal' && !target.chunk.isEntry);
    if (imports.length === 0) return null;
    const together = imports.map((target) => `import(${target.resolvedImportPath})`).join(',');
    return { left: 'Promise.all([import(', right: `),${together}]).then((modules)=>modules[0])` };
  },
};

/**
 * A language chunk's table without its keys: `{loading:"…",errors:{network:"…"}}` becomes
 * `["…",["…"]]`, and `loadStrings` puts the keys back in Dutch's order (the tests keep every table
 * in that order). The keys are a tenth of a language's bytes.
 */
const compactStringTables = {
  name: 'compact-string-tables',
  renderChunk(code, chunk) {
    const language = /\/src\/i18n\/(en|ar|tr|pl|uk)\.ts$/.exec(chunk.facadeModuleId ?? '')?.[1];
    if (!language) return null;
    const program = this.parse(code);
    const exported = program.body
      .find((node) => node.type === 'ExportNamedDeclaration')
      ?.specifiers.find((specifier) => specifier.exported.name === language)?.local.name;
    const declarator = program.body
      .flatMap((node) => (node.type === 'VariableDeclaration' ? node.declarations : []))
      .find((node) => node.id.name === exported && node.init?.type === 'ObjectExpression');
    if (!declarator) this.error(`compact-string-tables: no table "${language}" in ${chunk.fileName}`);
    const values = (node) => {
      if (node.type !== 'ObjectExpression') return code.slice(node.start, node.end);
      return `[${node.properties
        .map((property) => {
          if (property.type !== 'Property' || property.computed || property.kind !== 'init') this.error(`compact-string-tables: unexpected ${property.type} in ${chunk.fileName}`);
          return values(property.value);
        })
        .join(',')}]`;
    };
    const init = declarator.init;
    return { code: code.slice(0, init.start) + values(init) + code.slice(init.end), map: null };
  },
};

/** 2. The script-tag files: everything in one minified file, Lit's production build. */
const cdnPlugins = [
  nodeResolve({ exportConditions: ['production'] }),
  minifyTemplateLiterals({ include: ['src/**/*.ts'] }),
  esbuild({ target: TARGET, tsconfig, minify: true, legalComments: 'none' }),
  loadChunkImportsTogether,
  compactStringTables,
  manglePrivateMembers,
  compressChunks,
  thirdPartyLicences,
];
/**
 * An element's own texts in one language each: small, but never merged into other code (a page
 * without that element, or in another language, must not download them).
 */
const textChunks = (id) => /\/src\/elements\/[a-z-]+\/((?:map|finder|opr)-texts-(?:en|ar|tr|pl|uk))\.ts$/.exec(id)?.[1];
const cdn = [
  // The module script: languages other than Dutch and the validator's messages load on demand, from `chunks/` beside it.
  // Each element's view and the validator are chunks of their own, loaded beside the data; code that
  // only views share is one chunk (`view-parts`), and chunks under 1 KB are merged into others.
  {
    format: 'es',
    dir: 'dist/cdn',
    entryFileNames: 'swv-elements.js',
    chunkFileNames: (chunk) => (chunk.isDynamicEntry ? 'chunks/[name]-[hash].js' : 'chunks/view-parts-[hash].js'),
    experimentalMinChunkSize: 1000,
    manualChunks: textChunks,
  },
  // The classic script cannot load modules of its own: everything inline.
  { format: 'iife', file: 'dist/cdn/swv-elements.iife.js', inlineDynamicImports: true },
].map((output) => ({ input: 'src/cdn.ts', plugins: cdnPlugins, output }));

/**
 * In the file for one element, the element's view is part of the file: it would load beside the
 * data anyway, and one file compresses better than two. (In swv-elements.js each view stays a
 * chunk of its own: a page loads only the views of the elements it has.)
 */
const viewInFile = (tag) => ({
  name: 'view-in-file',
  transform(code, id) {
    if (!id.endsWith(`/src/elements/${tag}/${tag}.ts`)) return null;
    const load = /import\('(\.\/[a-z-]+-view\.js)'\)/.exec(code);
    if (!load) this.error(`view-in-file: ${tag}.ts no longer loads its view with import('./…-view.js'); update rollup.config.mjs`);
    return { code: `import * as ownView from '${load[1]}';\n${code.replace(load[0], 'Promise.resolve(ownView)')}`, map: null };
  },
});

/**
 * The script-tag file for a page with one kind of element: `dist/cdn/swv-card.js` registers only
 * `<swv-card>` and carries only what it needs (Lit, the shared base, its view, Dutch). Each file
 * stands alone (a page with several kinds of element loads swv-elements.js instead); its on-demand
 * chunks (languages, the validator) are in `chunks/<tag>/`.
 */
const single = readdirSync('src/elements').map((tag) => ({
  input: { [tag]: `src/elements/${tag}/define.ts` },
  plugins: [viewInFile(tag), ...cdnPlugins],
  output: {
    format: 'es',
    dir: 'dist/cdn',
    entryFileNames: '[name].js',
    chunkFileNames: `chunks/${tag}/[name]-[hash].js`,
    manualChunks: textChunks,
  },
}));

/**
 * 3. The iframe embed (dist/cdn/embed.html loads swv-elements.js, then embed.js) and the optional
 * script for its host page (embed-resize.js, a classic script).
 */
const embed = [
  { input: 'src/embed/embed.ts', output: { file: 'dist/cdn/embed.js', format: 'es' } },
  { input: 'src/embed/embed-resize.ts', output: { file: 'dist/cdn/embed-resize.js', format: 'iife' } },
].map((config) => ({ ...config, plugins: [esbuild({ target: TARGET, tsconfig, minify: true, legalComments: 'none' }), compressChunks] }));

export default [npm, ...cdn, ...single, ...embed];
