/**
 * Screenshots of the demo, to look at what readers see: every section at 320 px and 1280 px,
 * in a light and a dark colour scheme. Starts its own server; writes screenshots/*.png.
 *   node scripts/screenshots.mjs [section-id ...]
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startDevServer } from '@web/dev-server';
import { CHROMIUM_FLAGS, findChromium } from '../test/server/chromium.mjs';

process.env.PORT = '8765';
const server = await startDevServer({ readCliArgs: false, readFileConfig: true, logStartMessage: false });
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS.filter((f) => !f.startsWith('--headless')) });
const sections = process.argv.slice(2).length ? process.argv.slice(2) : ['vinden', 'regio', 'kaart-nl', 'landelijk', 'kaart', 'veranderd', 'huisstijl', 'opr', 'english', 'talen', 'donker', 'fouten'];
mkdirSync('screenshots', { recursive: true });
try {
  for (const width of [320, 1280]) {
    for (const scheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      page.on('pageerror', (error) => console.error('page error:', error.message));
      await page.goto('http://localhost:8765/demo/');
      await page.waitForFunction(() =>
        [...document.querySelectorAll('swv-card, swv-overview, swv-finder')].every(
          (el) => el.loading === 'lazy' || ['complete', 'error'].includes(el.dataState),
        ),
      );
      await page.waitForTimeout(300);
      for (const id of sections) {
        const file = `screenshots/${id}-${width}-${scheme}.png`;
        // Lazy elements load when scrolled near, and move what is below them: let them settle first.
        await page.locator(`#${id}`).scrollIntoViewIfNeeded();
        await page.waitForTimeout(800);
        await page.locator(`#${id}`).screenshot({ path: file });
        console.log(file);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
