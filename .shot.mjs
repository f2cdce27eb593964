import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking'] });
for (const [w, scheme] of [[1280, 'light'], [320, 'light'], [1280, 'dark']]) {
  const page = await browser.newPage({ viewport: { width: w, height: 1000 }, colorScheme: scheme });
  const errors = [];
  page.on('console', (m) => ['error', 'warning'].includes(m.type()) && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('http://localhost:8765/demo/#kaart-nl');
  await page.waitForTimeout(2500);
  const el = await page.$('swv-map');
  await el.scrollIntoViewIfNeeded();
  await page.waitForTimeout(1500);
  await el.screenshot({ path: `/tmp/map-${w}-${scheme}.png` });
  console.log(w, scheme, errors.slice(0, 5), await page.evaluate(() => document.querySelector('swv-map').dataState));
  await page.close();
}
await browser.close();
