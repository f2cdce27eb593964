/**
 * The WordPress plugin as one zip (dist/wordpress/swv-elements.zip): what a site editor uploads.
 * It holds the plugin's PHP and the script-tag build with the default data, under one folder.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { unzipSync } from 'fflate';

test('the zip holds the plugin under swv-elements/, with its scripts and the default data', () => {
  const files = Object.keys(unzipSync(readFileSync(new URL('../../dist/wordpress/swv-elements.zip', import.meta.url))));
  assert.ok(files.every((file) => file.startsWith('swv-elements/')), 'one top folder');
  for (const file of ['swv-elements/swv-elements.php', 'swv-elements/assets/swv-elements.js', 'swv-elements/assets/swv-elements.iife.js', 'swv-elements/assets/swv-data/index.json', 'swv-elements/blocks/editor.js', 'swv-elements/blocks/editor-data.js', 'swv-elements/blocks/card/block.json', 'swv-elements/blocks/opr-info/block.json']) {
    assert.ok(files.includes(file), file);
  }
  const main = unzipSync(readFileSync(new URL('../../dist/wordpress/swv-elements.zip', import.meta.url)))['swv-elements/swv-elements.php'];
  assert.match(new TextDecoder().decode(main), /Plugin Name:/);
});
