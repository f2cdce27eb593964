/**
 * The npm package is lean and honest: the default data once, no WordPress plugin inside, a LICENSE,
 * and a budget for the packed tarball (run on the built dist/).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';

const ROOT = new URL('../../', import.meta.url).pathname;
const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
const files = pack.files.map((file) => file.path);

test('the packed tarball stays within its budget: at most 1.5 MB packed and 10 MB unpacked', () => {
  console.log(`package: ${(pack.size / 1e6).toFixed(2)} MB packed, ${(pack.unpackedSize / 1e6).toFixed(2)} MB unpacked, ${files.length} files`);
  assert.ok(pack.size <= 1.5e6, `packed ${pack.size} bytes`);
  assert.ok(pack.unpackedSize <= 10e6, `unpacked ${pack.unpackedSize} bytes`);
});

test('holds the default data once, no WordPress plugin, and a LICENSE', () => {
  assert.deepEqual(
    files.filter((file) => file.endsWith('/index.json') && file.includes('swv-data')),
    ['dist/cdn/swv-data/index.json'],
  );
  assert.equal(files.filter((file) => file.startsWith('data/')).length, 0);
  assert.equal(files.filter((file) => file.startsWith('dist/wordpress/')).length, 0);
  assert.ok(files.includes('LICENSE'));
});

test('every script-tag file a page loads by name says its licence and the licences of the libraries bundled in it, whose texts are beside it', () => {
  const cdn = `${ROOT}dist/cdn/`;
  const named = readdirSync(cdn).filter((file) => file.endsWith('.js'));
  assert.ok(named.includes('swv-card.js') && named.includes('swv-elements.iife.js') && named.includes('embed.js'), named.join(', '));
  for (const file of named) {
    const first = readFileSync(`${cdn}${file}`, 'utf8').split('*/')[0];
    assert.match(first, /^\/\*! swv-elements \| MIT \|/, file);
    // The embed scripts bundle no library; every other one bundles Lit.
    if (!file.startsWith('embed')) assert.match(first, /Lit and @lit\/task \(BSD-3-Clause, Copyright Google LLC\) and valibot \(MIT/, file);
  }
  const notices = readFileSync(`${cdn}THIRD-PARTY-LICENSES.txt`, 'utf8');
  for (const name of ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/task', 'valibot']) assert.match(notices, new RegExp(`=== ${name} \\d`), name);
  assert.match(notices, /Copyright 2017 Google LLC|Copyright \(c\) 2017 Google LLC/);
  assert.match(notices, /Fabian Hiller/);
  assert.ok(files.includes('dist/cdn/THIRD-PARTY-LICENSES.txt'), 'in the npm package');
});
