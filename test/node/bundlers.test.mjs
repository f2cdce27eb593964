/**
 * The npm package in real apps: the packed tarball installed into a small Vite app and a small
 * webpack app, built for production, served, and used in Chromium. Each follows docs/bundlers.md:
 * the data folder copied with the tool's own mechanism, its place named once (`<meta name="swv-data">`).
 * A card by postcode, a school list and the finder's answer must work, with no 404 and no console
 * error. Installs vite / webpack from the npm registry into a temporary folder.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { launchChromium } from '../server/site.mjs';

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

/** A static server for a build folder. */
async function serve(folder) {
  const types = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html', '.css': 'text/css' };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = normalize(join(folder, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(folder)) return res.writeHead(403).end();
    // An app's favicon is not what this test is about.
    if (path === '/favicon.ico') return res.writeHead(204).end();
    let body;
    try {
      body = readFileSync(file);
    } catch {
      return res.writeHead(404).end();
    }
    res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/** Opens the built app and checks what a reader sees. */
async function check(folder) {
  const site = await serve(folder);
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
