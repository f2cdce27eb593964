/** Importing any entry in Node (server rendering, build tools) never throws. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

for (const [entry, target] of Object.entries(pkg.exports)) {
  const file = typeof target === 'string' ? target : (target.import ?? target.default);
  if (!file?.endsWith('.js')) continue;
  test(`import "${pkg.name}${entry.slice(1)}" in Node does not throw`, async () => {
    await assert.doesNotReject(import(new URL(`../../${file}`, import.meta.url).href));
  });
}

test('the npm build leaves lit, @lit/task and valibot as dependencies', () => {
  const card = readFileSync(new URL('../../dist/elements/swv-card/swv-card.js', import.meta.url), 'utf8');
  assert.match(card, /from 'lit'/);
  assert.doesNotMatch(card, /class ReactiveElement|function html\b/);
});

test('the index exports the classes without registering them', async () => {
  const lib = await import('../../dist/index.js');
  for (const name of ['SwvOverview', 'SwvCard', 'OprInfo', 'validateData', 'normalizeCode', 'SwvErrorEvent']) assert.ok(lib[name], name);
});
