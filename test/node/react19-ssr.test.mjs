/**
 * Server rendering with React 19: the tags, used directly, keep their attributes in the HTML (the
 * script upgrades them in the browser). React 19 comes from test/react19/ (installed by npm test).
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';

const require = createRequire(new URL('../react19/package.json', import.meta.url));
const React = require('react');
const { renderToString } = require('react-dom/server');

test('renderToString of the tags writes the attributes they were given, and no event handler', () => {
  const html = renderToString(
    React.createElement('main', null, [
      React.createElement('swv-card', { key: 'card', code: 'PO2604', 'heading-level': 3, 'onswv-load': () => undefined }),
      React.createElement('swv-finder', { key: 'finder', sector: 'po', 'hash-param': 'swv' }),
    ]),
  );
  assert.equal(React.version.split('.')[0], '19');
  assert.equal(html, '<main><swv-card code="PO2604" heading-level="3"></swv-card><swv-finder sector="po" hash-param="swv"></swv-finder></main>');
});
