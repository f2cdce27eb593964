/**
 * Makes sure the browser tests have a Chromium: $CHROME_PATH, or Debian's /usr/bin/chromium.
 * As root on Debian it installs the `chromium` package; otherwise it says how and exits 1.
 * (No test tool can download its own browser on these machines.)
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from '../test/server/chromium.mjs';

if (!findChromium()) {
  const root = process.getuid?.() === 0;
  const debian = existsSync('/etc/debian_version');
  if (root && debian) {
    console.log('[test] No Chromium found: installing Debian package "chromium" ...');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null', { stdio: 'inherit' });
  }
  if (!findChromium()) {
    console.error(
      [
        '[test] The browser tests need Chromium or Chrome, and none was found.',
        '  Debian/Ubuntu: sudo apt-get install chromium',
        '  Elsewhere: install Chrome or Chromium and set CHROME_PATH=/path/to/chrome',
      ].join('\n'),
    );
    process.exit(1);
  }
}
console.log(`[test] Browser: ${findChromium()}`);
