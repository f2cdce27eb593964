/**
 * The npm package in real apps: the packed tarball installed into a small Vite app and a small
 * webpack app, built for production, served, and used in Chromium. Each follows docs/bundlers.md:
 * the data folder copied with the tool's own mechanism, its place named once (`<meta name="swv-data">`).
 * A card by postcode, a school list and the finder's answer must work, with no 404 and no console
 * error. Installs vite / webpack from the npm registry into a temporary folder.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { launchChromium, startSite } from '../server/site.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'swv-bundlers-'));
const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
let tarball;
let browser;

const BODY = `<meta name="swv-data" content="/swv-data/index.json">
<swv-card postcode="3442" sector="po"></swv-card>
<swv-card code="PO2604" id="schools"></swv-card>
<swv-finder hash-param="swv"></swv-finder>`;
const MAIN = `import 'swv-elements/define';\n`;

/** Opens the built app and checks what a reader sees. */
async function check(folder) {
  const site = await startSite({}, {}, { root: folder });
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
  page.on('response', (response) => response.status() >= 400 && problems.push(`${response.status()} ${response.url()}`));
  try {
    await page.goto(`${site.origin}/#swv=3442`);
    await page.waitForFunction(() => [...document.querySelectorAll('swv-card, swv-finder')].every((el) => el.dataState === 'complete'), null, { timeout: 20_000 });
    const title = await page.evaluate(() => document.querySelector('swv-card').shadowRoot.querySelector('h2').textContent.replace(/\u00AD/g, '').trim());
    assert.equal(title, 'Passenderwijs');
    await page.evaluate(() => {
      document.querySelector('#schools').shadowRoot.querySelector('details').open = true;
    });
    await page.waitForFunction(() => document.querySelector('#schools').shadowRoot.querySelectorAll('details li li').length > 20, null, { timeout: 10_000 });
    await page.waitForFunction(() => document.querySelector('swv-finder').shadowRoot.querySelectorAll('.result .item').length === 2, null, { timeout: 10_000 });
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
    site.close();
  }
}

before(async () => {
  tarball = join(work, JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', work], ROOT))[0].filename);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('the packed package in production builds of real apps', () => {
  test('Vite 8: the data folder in public/, named with a meta tag', async () => {
    const app = join(work, 'vite-app');
    mkdirSync(app, { recursive: true });
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'vite-app', private: true, type: 'module' }));
    npm(['install', '--no-audit', '--no-fund', tarball, 'vite@8.3.8'], app);
    cpSync(join(app, 'node_modules/swv-elements/dist/cdn/swv-data'), join(app, 'public/swv-data'), { recursive: true });
    writeFileSync(join(app, 'index.html'), `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Vite</title>${BODY.split('\n')[0]}<script type="module" src="/main.js"></script></head><body>${BODY.split('\n').slice(1).join('')}</body></html>`);
    writeFileSync(join(app, 'main.js'), MAIN);
    execFileSync(join(app, 'node_modules/.bin/vite'), ['build', '--logLevel', 'error'], { cwd: app, stdio: ['ignore', 'pipe', 'pipe'] });
    await check(join(app, 'dist'));
  });

  test('webpack 5: the data folder copied by copy-webpack-plugin, named with a meta tag', async () => {
    const app = join(work, 'webpack-app');
    mkdirSync(app, { recursive: true });
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'webpack-app', private: true }));
    npm(['install', '--no-audit', '--no-fund', tarball, 'webpack@5.112.2', 'copy-webpack-plugin@14.0.0'], app);
    writeFileSync(join(app, 'main.js'), MAIN);
    writeFileSync(
      join(app, 'build.cjs'),
      `const webpack = require('webpack');
const CopyPlugin = require('copy-webpack-plugin');
webpack({
  mode: 'production',
  entry: './main.js',
  output: { path: __dirname + '/dist', filename: 'main.js', publicPath: '/' },
  plugins: [new CopyPlugin({ patterns: [{ from: 'node_modules/swv-elements/dist/cdn/swv-data', to: 'swv-data' }] })],
}, (error, stats) => {
  if (error || stats.hasErrors()) { console.error(error ?? stats.toString('errors-only')); process.exit(1); }
});`,
    );
    execFileSync(process.execPath, ['build.cjs'], { cwd: app, stdio: ['ignore', 'pipe', 'pipe'] });
    writeFileSync(join(app, 'dist/index.html'), `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>webpack</title>${BODY.split('\n')[0]}<script src="/main.js" defer></script></head><body>${BODY.split('\n').slice(1).join('')}</body></html>`);
    await check(join(app, 'dist'));
  });
});
