/**
 * `npm test`: every test, in one run, ending with the line `tests: N passed, N failed`.
 *   1. a browser (Debian's Chromium; installed here when possible), and React 19 for its runtime
 *      test (test/react19/, its own small package: the project's React is 18, for the wrappers)
 *   2. the build (the smoke tests run against dist/cdn/, the Node tests against dist/)
 *   3. the browser tests (@web/test-runner)      test/**\/*.test.ts
 *   4. the Node tests (node:test)                 test/node/*.test.mjs
 *   5. the WordPress plugin's PHP tests           integrations/wordpress/tests/run.php
 *   (PHP, WordPress, MariaDB: Debian's php-cli, wordpress, mariadb-server, php-mysql, installed
 *   here as root on Debian before the Node tests, which include the real-WordPress test;
 *   elsewhere skipped with a note)
 */
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';

const browserSummary = '.wtr-summary.json';
const nodeSummary = '.node-summary.json';
const phpSummary = '.php-summary.json';
const results = [];

function run(name, command, args, env = {}) {
  console.log(`\n[test] ${name}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function totals(file, ranOk, name) {
  if (!existsSync(file)) return { passed: 0, failed: 1, note: `${name} did not report` };
  const counts = JSON.parse(readFileSync(file, 'utf8'));
  rmSync(file);
  // A runner that failed without a failing test still fails the run.
  if (!ranOk && counts.failed === 0) counts.failed = 1;
  return counts;
}

for (const file of [browserSummary, nodeSummary, phpSummary]) rmSync(file, { force: true });

if (!run('browser', process.execPath, ['scripts/ensure-chromium.mjs'])) process.exit(1);
if (!existsSync('test/react19/node_modules/react-dom') && !run('React 19 (test/react19)', 'npm', ['ci', '--prefix', 'test/react19', '--no-audit', '--no-fund'])) {
  console.error('[test] Could not install React 19 for test/react19.test.ts: run `npm ci --prefix test/react19` with access to the npm registry.');
  process.exit(1);
}
const built = run('build', process.execPath, ['scripts/build.mjs']);
if (!built) results.push({ passed: 0, failed: 1 });

const browserOk = run('browser tests', 'node_modules/.bin/wtr', [], { SWV_TEST_SUMMARY: browserSummary });
results.push(totals(browserSummary, browserOk, 'browser tests'));

// PHP for the plugin's quick tests, and a real WordPress for test/node/wordpress.test.mjs: Debian's
// packages, installed here as root on Debian; elsewhere those tests are skipped with a note.
const WORDPRESS_PACKAGES = { php: 'php-cli', '/usr/share/wordpress/wp-settings.php': 'wordpress', mariadbd: 'mariadb-server', mysqli: 'php-mysql' };
const present = (what) =>
  what.startsWith('/') ? existsSync(what) : what === 'mysqli' ? spawnSync('php', ['-r', 'exit(extension_loaded("mysqli") ? 0 : 1);']).status === 0 : spawnSync('sh', ['-c', `command -v ${what}`]).status === 0;
const absent = Object.entries(WORDPRESS_PACKAGES).filter(([what]) => !present(what)).map(([, name]) => name);
if (absent.length && process.getuid?.() === 0 && existsSync('/etc/debian_version')) {
  console.log(`\n[test] Installing Debian packages for the WordPress tests: ${absent.join(' ')} ...`);
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${absent.join(' ')} >/dev/null`, { stdio: 'inherit' });
} else if (absent.length) {
  console.log(`\n[test] Not installed: ${absent.join(' ')}. The real-WordPress test is skipped (Debian/Ubuntu: sudo apt-get install ${absent.join(' ')}).`);
}
const hasPhp = () => present('php');

const nodeTests = readdirSync('test/node')
  .filter((f) => f.endsWith('.test.mjs'))
  .map((f) => `test/node/${f}`);
const nodeOk = run('node tests', process.execPath, [
  '--test',
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  '--test-reporter=./test/server/node-summary-reporter.mjs',
  `--test-reporter-destination=${nodeSummary}`,
  ...nodeTests,
]);
results.push(totals(nodeSummary, nodeOk, 'node tests'));

if (hasPhp()) {
  const phpOk = run('php tests (WordPress plugin)', 'php', ['integrations/wordpress/tests/run.php', phpSummary]);
  results.push(totals(phpSummary, phpOk, 'php tests'));
} else {
  console.log('\n[test] php tests skipped: PHP is not installed (Debian/Ubuntu: sudo apt-get install php-cli).');
}

const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
