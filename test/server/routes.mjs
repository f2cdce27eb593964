/**
 * Routes the test server answers under `/__test/`, so loader and element tests control the
 * network completely (never the live web). Koa-style middleware for @web/test-runner.
 */
import { readFileSync } from 'node:fs';

const sample = readFileSync(new URL('../fixtures/sample.json', import.meta.url), 'utf8');
/** The packaged data's index on its own, as a bundler that copies only index.json leaves it. */
const defaultIndex = readFileSync(new URL('../../data/index.json', import.meta.url), 'utf8');
const counts = new Map();

/**
 * The sample with made-up flaws a hand-kept file gets: `fields` has a bad phone number, a bad
 * e-mail address and a bad date in PO9901, PO9903 without a code, and PO9902 without a sector;
 * `format` is not a swv-data document at all.
 */
function flawed(variant) {
  const doc = JSON.parse(sample);
  if (variant === 'format') return { ...doc, format: 'iets-anders' };
  const [po1, po2, po3] = ['PO9901', 'PO9902', 'PO9903'].map((code) => doc.partnerships.find((p) => p.code === code));
  po1.contact.phone = 'bel ons maar';
  po1.supportPoint.email = 'steunpunt-at-voorbeeld';
  po1.supportPlans[0].oprConsentDate = '17 mei 2022';
  delete po3.code;
  delete po2.sector;
  return doc;
}

const routes = {
  /** Any file of the test server (the URL after `?`, up to `&`), answered after `ms`: a slow line. */
  slowly: async (ctx, ms) => {
    const target = decodeURIComponent(ctx.querystring.split('&')[0]);
    await new Promise((resolve) => setTimeout(resolve, Number(ms)));
    ctx.redirect(target);
  },
  /** The default data's index.json alone, without its parts beside it. */
  alone: (ctx) => {
    if (!ctx.path.endsWith('/alone/index.json')) return void (ctx.status = 404);
    ctx.type = 'application/json';
    ctx.body = defaultIndex;
  },
  /** A sample with flaws (see `flawed`). */
  flawed: (ctx, variant) => {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(flawed(variant));
  },
  /** The sample document; every request is counted under the name. */
  count: (ctx, name) => {
    counts.set(name, (counts.get(name) ?? 0) + 1);
    ctx.type = 'application/json';
    ctx.body = sample;
  },
  /** How often `/__test/count/NAME` was requested. */
  counter: (ctx, name) => {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(counts.get(name) ?? 0);
  },
  status: (ctx, code) => {
    ctx.status = Number(code);
    ctx.type = 'application/json';
    ctx.body = '{"error":true}';
  },
  html: (ctx) => {
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><title>Not found</title><p>Sorry</p>';
  },
  text: (ctx) => {
    ctx.type = 'text/plain';
    ctx.body = 'this is not json';
  },
  slow: async (ctx, ms) => {
    await new Promise((resolve) => setTimeout(resolve, Number(ms)));
    ctx.type = 'application/json';
    ctx.body = sample;
  },
  big: (ctx, megabytes) => {
    ctx.type = 'application/json';
    ctx.body = `{"padding":"${'x'.repeat(Number(megabytes) * 1_000_000)}"}`;
  },
  /** JSON cut off in the middle. */
  truncated: (ctx) => {
    ctx.type = 'application/json';
    ctx.body = sample.slice(0, Math.floor(sample.length / 2));
  },
  /** Valid JSON with a content type that says it is something else (a script). */
  script: (ctx) => {
    ctx.type = 'text/javascript';
    ctx.body = sample;
  },
  /** Redirects to itself for ever. */
  loop: (ctx, n) => {
    ctx.redirect(`/__test/loop/${Number(n ?? 0) + 1}`);
  },
  /** The sample with a CORS header only when `cors` is in the path: `/__test/cors/yes`. */
  cors: (ctx, allow) => {
    if (allow === 'yes') ctx.set('Access-Control-Allow-Origin', '*');
    ctx.type = 'application/json';
    ctx.body = sample;
  },
  /** Sends half of the document, then the connection drops (the network goes away mid-load). */
  drop: (ctx) => {
    ctx.respond = false;
    const res = ctx.res;
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(sample)), 'Cache-Control': 'no-store' });
    res.write(sample.slice(0, 200));
    setTimeout(() => res.socket?.destroy(), 150);
  },
  invalid: (ctx) => {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ format: 'swv-data', version: 1, title: '', referenceDate: 'gisteren', sources: [], partnerships: [{ code: 'XX' }] });
  },
};

export async function testRoutes(ctx, next) {
  const match = /^\/__test\/([a-z]+)(?:\/([^/?]+))?/.exec(ctx.path);
  const route = match && routes[match[1]];
  if (!route) return next();
  ctx.set('Cache-Control', 'no-store');
  await route(ctx, match[2]);
}
