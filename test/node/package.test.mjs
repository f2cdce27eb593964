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

test('every script-tag file says its licence, and every file with code of a library names it, with the texts beside them', () => {
  const cdn = `${ROOT}dist/cdn/`;
  const licenceLine = (file) => /^\/\*![^*]*\*\//.exec(readFileSync(`${cdn}${file}`, 'utf8'))?.[0] ?? '';
  const named = readdirSync(cdn).filter((file) => file.endsWith('.js'));
  assert.ok(named.includes('swv-card.js') && named.includes('swv-elements.iife.js') && named.includes('embed.js'), named.join(', '));
  for (const file of named) {
    assert.match(licenceLine(file), /^\/\*! swv-elements \| MIT \|/, file);
    // The embed scripts bundle no library; every other one bundles Lit.
    if (!file.startsWith('embed')) assert.match(licenceLine(file), /\| bundles @lit\/reactive-element, @lit\/task, lit-element, lit-html \(BSD-3-Clause\).*: see THIRD-PARTY-LICENSES\.txt \*\/$/, file);
  }
  // Named from what is in the file: the classic script has the validator inline, a card's file loads it as a chunk.
  assert.match(licenceLine('swv-elements.iife.js'), /; valibot \(MIT\)/);
  assert.doesNotMatch(licenceLine('swv-card.js'), /valibot/);
  const validator = readdirSync(`${cdn}chunks/swv-card`).find((file) => file.startsWith('check-documents-'));
  assert.equal(licenceLine(`chunks/swv-card/${validator}`), '/*! swv-elements bundles valibot (MIT): see ../../THIRD-PARTY-LICENSES.txt */');
  const notices = readFileSync(`${cdn}THIRD-PARTY-LICENSES.txt`, 'utf8');
  for (const name of ['lit-html', 'lit-element', '@lit/reactive-element', '@lit/task', 'valibot']) assert.match(notices, new RegExp(`=== ${name} \\d`), name);
  assert.match(notices, /Copyright 2017 Google LLC|Copyright \(c\) 2017 Google LLC/);
  assert.match(notices, /Fabian Hiller/);
  assert.ok(files.includes('dist/cdn/THIRD-PARTY-LICENSES.txt'), 'in the npm package');
});
