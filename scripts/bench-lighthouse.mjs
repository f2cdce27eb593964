/**
 * The last part of `npm run bench`: Lighthouse 12.2.3 in Debian's Chromium (its default: a phone on
 * a throttled line, simulated) on a plain host page with a card, `<opr-info>` and the finder stacked
 * (script tag, packaged data), on the same page rendered by the server (`swv-data render`: the
 * way to no layout shift at all), and on the demo. Prints the four category scores, cumulative
 * layout shift and largest contentful paint.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { startDevServer } from '@web/dev-server';
import { startSite } from '../test/server/site.mjs';
import { CHROMIUM_FLAGS, findChromium } from '../test/server/chromium.mjs';
import { report } from './bench/report.mjs';

const STACK = '<swv-card postcode="3442" sector="po"></swv-card>\n<opr-info code="PO2604"></opr-info>\n<swv-finder></swv-finder>';
const host = (body) => `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Passend onderwijs in Woerden</title><meta name="description" content="Het samenwerkingsverband van onze school, de ondersteuningsplanraad en zoeken op postcode.">
<script type="module" src="/cdn/swv-elements.js"></script></head>
<body><header><h1>Basisschool De Voorbeeld</h1><p>Passend onderwijs: welk samenwerkingsverband hoort bij onze school?</p></header>
<main>${body}</main><footer><p>Onderaan de pagina: deze tekst schuift mee als iets erboven van hoogte verandert.</p></footer></body></html>`;

/** The stacked elements as `swv-data render` writes them: declarative shadow DOM, content in the HTML. */
function rendered() {
  const render = (...args) => {
    const result = spawnSync(process.execPath, ['bin/swv-data.mjs', 'render', ...args], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(result.stderr);
    return result.stdout;
  };
  return [render('swv-card', 'postcode=3442', 'sector=po'), render('opr-info', 'code=PO2604'), render('swv-finder')].join('\n');
}

const site = await startSite({ '/stacked.html': ['text/html', host(STACK)], '/stacked-rendered.html': ['text/html', host(rendered())] }, {}, { brotli: true });
process.env.PORT = '8766';
const demo = await startDevServer({ readCliArgs: false, readFileConfig: true, logStartMessage: false });
const chrome = await chromeLauncher.launch({ chromePath: findChromium(), chromeFlags: CHROMIUM_FLAGS });
const version = JSON.parse(readFileSync(new URL('../node_modules/lighthouse/package.json', import.meta.url), 'utf8')).version;

const pages = {
  'stacked page (script tag, packaged data)': `${site.origin}/stacked.html`,
  'the same page, rendered by the server': `${site.origin}/stacked-rendered.html`,
  'the demo (development server, unbundled)': 'http://localhost:8766/demo/',
};
try {
  report(`\nLighthouse ${version} (mobile, simulated throttling), in ${findChromium()}:`);
  report('page                                      | performance | accessibility | best practices | SEO | CLS   | LCP');
  for (const [name, url] of Object.entries(pages)) {
    const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    const score = (id) => String(Math.round((lhr.categories[id]?.score ?? 0) * 100));
    report(
      `${name.padEnd(41)} | ${score('performance').padStart(11)} | ${score('accessibility').padStart(13)} | ${score('best-practices').padStart(14)} | ${score('seo').padStart(3)} | ${lhr.audits['cumulative-layout-shift'].numericValue.toFixed(3)} | ${(lhr.audits['largest-contentful-paint'].numericValue / 1000).toFixed(1)} s`,
    );
  }
} finally {
  await chrome.kill();
  site.close();
  await demo.stop();
}
