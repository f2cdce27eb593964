/**
 * Every JavaScript and TypeScript snippet in the README and docs/ compiles as pasted, against the
 * built package (imported by its own name, as an app would): strict TypeScript, JSX for React.
 * Tools we do not install (Angular, Vue's Vite plugin) get a one-line stand-in declaration; the
 * snippets' own code and every import from swv-elements are checked for real.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const ROOT = new URL('../../', import.meta.url).pathname;
const OUT = join(ROOT, '.tmp/snippets');
const DOCS = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`), ...readdirSync(join(ROOT, 'docs/elements')).map((f) => `docs/elements/${f}`)];

/** Stand-ins for tools the snippets use that this project does not install. */
const STAND_INS = `declare module '@angular/core' {
  export const Component: (options: Record<string, unknown>) => <T>(target: T, context?: unknown) => T;
  export const CUSTOM_ELEMENTS_SCHEMA: unknown;
}
/** Vue's Vite plugin, as a vite.config.js would import it. */
declare function vue(options: { template: { compilerOptions: { isCustomElement: (tag: string) => boolean } } }): unknown;
`;

test('every JS/TS snippet in the README and docs/ type-checks against the package', () => {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const files = [];
  for (const doc of DOCS) {
    const text = readFileSync(join(ROOT, doc), 'utf8');
    let n = 0;
    for (const [, lang, code] of text.matchAll(/```(js|ts|jsx|tsx)\n([\s\S]*?)```/g)) {
      const name = `${doc.replace(/[/.]/g, '_')}_${++n}.${lang.startsWith('j') ? lang.replace('j', 't') : lang}`;
      // Each snippet is a module of its own (an app file).
      writeFileSync(join(OUT, name), `${code}\nexport {};\n`);
      files.push(name);
    }
  }
  writeFileSync(join(OUT, 'stand-ins.d.ts'), STAND_INS);
  writeFileSync(
    join(OUT, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: 'es2022',
        module: 'esnext',
        moduleResolution: 'bundler',
        lib: ['es2022', 'dom', 'dom.iterable'],
        jsx: 'react-jsx',
        types: [],
        skipLibCheck: true,
      },
      files: ['stand-ins.d.ts', ...files],
    }),
  );
  console.log(`${files.length} snippets from ${DOCS.length} pages`);
  assert.ok(files.length >= 10, `only ${files.length} snippets found`);
  const result = spawnSync(join(ROOT, 'node_modules/.bin/tsc'), ['-p', join(OUT, 'tsconfig.json')], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stdout + result.stderr);
});
