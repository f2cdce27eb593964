/**
 * The npm package is lean and honest: the default data once, no WordPress plugin inside, a LICENSE,
 * and a budget for the packed tarball (run on the built dist/).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
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
