/**
 * The WordPress plugin in a real WordPress: Debian's `wordpress` (6.1), MariaDB and PHP, served by
 * `php -S` on 127.0.0.1 for this test only, and Chromium looking at the published pages as a
 * visitor would. The plugin is installed from the zip a site owner uploads
 * (dist/wordpress/swv-elements.zip) and activated with WP_DEBUG on; the posts are written by a
 * user with the `author` role, so WordPress's sanitiser (kses) is active. Skipped, with the reason,
 * where those Debian packages are not installed (`npm test` installs them as root on Debian).
 */
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { unzipSync } from 'fflate';
import { builderSnippets } from '../server/builder-snippets.mjs';
import { launchChromium } from '../server/site.mjs';

const WORDPRESS = '/usr/share/wordpress';
const HERE = new URL('../wordpress/', import.meta.url).pathname;
const ZIP = new URL('../../dist/wordpress/swv-elements.zip', import.meta.url).pathname;
const README = readFileSync(new URL('../../integrations/wordpress/README.md', import.meta.url), 'utf8');
const ELEMENTS = 'swv-card, swv-overview, opr-info, swv-finder, swv-map';
const SCRIPT = '/wp-content/plugins/swv-elements/assets/swv-elements.iife.js';

/** Why the real run cannot happen here, or '' when it can. */
function missing() {
  const has = (command) => {
    try {
      execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  };
  if (!existsSync(`${WORDPRESS}/wp-settings.php`)) return 'Debian package "wordpress" is not installed';
  if (!has('mariadbd') || !has('mariadb-install-db')) return 'Debian package "mariadb-server" is not installed';
  if (!has('php')) return 'PHP is not installed';
  if (!execFileSync('php', ['-m'], { encoding: 'utf8' }).includes('mysqli')) return 'Debian package "php-mysql" is not installed';
  return '';
}

/** Every shortcode example of the plugin's README, in the order it gives them. */
const readmeShortcodes = [...README.matchAll(/```text\n([\s\S]*?)```/g)].flatMap((m) => m[1].trim().split('\n'));

/** What the code builder (demo/builder.html) hands out for WordPress, for these choices. */
const { snippet } = await builderSnippets();
const BUILDER_CHOICES = [
  {
    tag: 'swv-card',
    attributes: [
      ['code', 'PO2604'],
      ['lang', 'en'],
      ['heading-level', '3'],
    ],
  },
  {
    tag: 'swv-overview',
    attributes: [
      ['municipality', 'Woerden'],
      ['searchable', ''],
    ],
  },
  { tag: 'opr-info', attributes: [['code', 'VO2604']] },
  {
    tag: 'swv-finder',
    attributes: [
      ['sector', 'vo'],
      ['hash-param', 'vo'],
    ],
  },
];

/** The posts the author writes (title → content); `{synced}` is the synced pattern's id. */
const POSTS = {
  // The README's examples pasted into one post, and the same in the older form without ` /]`
  // followed by the enclosing example: WordPress would pair the first with the last.
  'Alle voorbeelden uit de README': readmeShortcodes.join('\n\n'),
  'Voorbeelden zonder sluitteken': [...readmeShortcodes.map((line) => line.replace(' /]', ']'))].join('\n\n'),
  'Elk blok': [
    '<!-- wp:swv/card {"code":"PO2604","headingLevel":"3"} /-->',
    '<!-- wp:swv/overview {"municipality":"Woerden","searchable":true} /-->',
    '<!-- wp:swv/opr-info {"code":"PO2604","lang":"en"} /-->',
    '<!-- wp:swv/finder {"sector":"po","hashParam":"swv"} /-->',
    '<!-- wp:swv/map {"sector":"vo","code":"VO2604","loading":"eager"} /-->',
  ].join('\n'),
  'Eigen tags, een koppelpunt en een patroon': [
    '<!-- wp:html --><swv-card code="VO2604" heading-level="3"></swv-card><!-- /wp:html -->',
    '<!-- wp:html --><div data-swv="opr" data-code="PO2604"></div><!-- /wp:html -->',
    '<!-- wp:block {"ref":{synced}} /-->',
  ].join('\n'),
  // The element is only in the synced pattern, not in the post's own content.
  'Alleen een patroon': '<!-- wp:block {"ref":{synced}} /-->',
  'Pogingen tot misbruik': [
    '<!-- wp:html --><swv-card code="PO2604" onclick="window.hacked=1" style="display:none" src="javascript:window.hacked=2"></swv-card><!-- /wp:html -->',
    '<!-- wp:html --><div data-swv="card" data-code="PO2604" onmouseover="window.hacked=3"></div><!-- /wp:html -->',
    `[swv-card code='"><script>window.hacked=4</script><b id="injected">' /]`,
    '[swv-card code="PO2604" src="javascript:window.hacked=5" onclick="window.hacked=6" /]',
    '[swv-card code="PO2604" heading-level=\'3" onfocus="window.hacked=7" autofocus x="\' /]',
    '<!-- wp:swv/card {"code":"\\u0022\\u003e\\u003cimg src=x onerror=window.hacked=8\\u003e","src":"javascript:window.hacked=9"} /-->',
  ].join('\n\n'),
  // Each choice twice: as the builder's shortcode, then as its block.
  'Uit de codebouwer': BUILDER_CHOICES.flatMap((choice) => [snippet('shortcode', choice, { base: '' }), snippet('block', choice, { base: '' })]).join('\n\n'),
  'Widget in de voettekst': '<!-- wp:paragraph --><p>In de voettekst staat een widget.</p><!-- /wp:paragraph -->',
  'Geen element': '<!-- wp:paragraph --><p>Een gewone pagina over de schoolgids.</p><!-- /wp:paragraph -->',
  // Excerpts of every post (one mentions elements in its own content): no element is shown.
  Samenvattingen: '<!-- wp:latest-posts {"displayPostContent":true,"displayPostContentRadio":"excerpt","postsToShow":20} /-->',
};

const skip = missing();
describe(
  'WordPress plugin in a real WordPress (Debian wordpress 6.1, MariaDB, php -S)',
  { skip: skip ? `skipped: ${skip} (Debian: apt-get install wordpress mariadb-server php-mysql, or run npm test as root)` : false },
  () => {
    let tmp;
    let database;
    let server;
    let origin;
    let site;
    let browser;

    before(async () => {
      tmp = mkdtempSync('/tmp/swv-wordpress-');
      const socket = join(tmp, 'db.sock');
      execFileSync(
        'mariadb-install-db',
        ['--no-defaults', '--user=root', `--datadir=${tmp}/db`, '--auth-root-authentication-method=normal', '--skip-test-db'],
        { stdio: 'ignore' },
      );
      database = spawn(
        'mariadbd',
        [
          '--no-defaults',
          '--user=root',
          `--datadir=${tmp}/db`,
          `--socket=${socket}`,
          '--skip-networking',
          `--pid-file=${tmp}/db.pid`,
          `--log-error=${tmp}/db.log`,
        ],
        { stdio: 'ignore' },
      );
      await until(() => existsSync(socket), 'MariaDB did not start');
      execFileSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', 'CREATE DATABASE wordpress CHARACTER SET utf8mb4']);

      const port = await freePort();
      origin = `http://127.0.0.1:${port}`;
      const root = join(tmp, 'site');
      // A copy, so the site has its own wp-config.php and plugins (-L: Debian links some scripts
      // to /usr/share/javascript with relative links).
      execFileSync('cp', ['-rL', WORDPRESS, root]);
      writeFileSync(join(root, 'wp-config.php'), config({ socket, origin, log: join(tmp, 'debug.log') }));
      // The plugin as a site owner uploads it.
      for (const [file, bytes] of Object.entries(unzipSync(readFileSync(ZIP)))) {
        const target = join(root, 'wp-content/plugins', file);
        mkdirSync(dirname(target), { recursive: true });
        if (!file.endsWith('/')) writeFileSync(target, bytes);
      }
      // (WordPress tries to mail the new site's owner; there is no mail here, and that is fine.)
      execFileSync('php', [join(HERE, 'install.php'), root], { stdio: 'pipe' });
      // A widget, as a classic theme's sidebar shows it (see the file).
      mkdirSync(join(root, 'wp-content/mu-plugins'), { recursive: true });
      writeFileSync(join(root, 'wp-content/mu-plugins/swv-test-widget.php'), readFileSync(join(HERE, 'widget.php')));
      writeFileSync(join(tmp, 'posts.json'), JSON.stringify(POSTS));
      site = JSON.parse(execFileSync('php', [join(HERE, 'content.php'), root, join(tmp, 'posts.json')], { encoding: 'utf8' }));

      server = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', root, join(HERE, 'router.php')], {
        stdio: 'ignore',
        env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
      });
      await until(async () => (await fetch(`${origin}/`).catch(() => null))?.ok, 'php -S did not start');
      browser = await launchChromium();
    });

    after(async () => {
      await browser?.close();
      server?.kill();
      database?.kill();
      await new Promise((resolve) => (database ? database.once('exit', resolve) : resolve()));
      if (tmp) rmSync(tmp, { recursive: true, force: true });
    });

    /** Opens a published post; gives what a visitor's browser saw. */
    async function visit(title) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 2000 } });
      const problems = [];
      const requests = [];
      page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('request', (request) => requests.push(request.url()));
      page.on('response', (response) => response.status() >= 400 && problems.push(`${response.status()} ${response.url()}`));
      await page.goto(site.urls[title] ?? title, { waitUntil: 'load' });
      // Lazy elements (the map's default) load as a reader scrolls to them.
      for (const handle of await page.$$(ELEMENTS)) {
        await handle.scrollIntoViewIfNeeded();
        await page
          .waitForFunction((el) => el.dataState !== 'initial' || !el.loading, handle)
          .catch(async (e) => {
            console.log(
              'DEBUG',
              await page.evaluate(
                (sel) => [...document.querySelectorAll(sel)].map((el) => [el.localName, el.dataState, el.loading, el.outerHTML.slice(0, 120)]),
                ELEMENTS,
              ),
              problems,
            );
            throw e;
          });
      }
      // Every element has loaded its data (or said why not).
      await page.waitForFunction((selector) => [...document.querySelectorAll(selector)].every((el) => ['complete', 'error'].includes(el.dataState)), ELEMENTS, {
        timeout: 15000,
      });
      const elements = await page.evaluate((selector) => {
        const text = (node) =>
          (node?.textContent ?? '')
            .replace(/\u00ad/g, '')
            .replace(/\s+/g, ' ')
            .trim();
        return [...document.querySelectorAll(selector)].map((el) => ({
          tag: el.localName,
          state: el.dataState,
          attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
          // What the element is called: its heading, or for the finder its search field's label.
          heading: text(el.shadowRoot?.querySelector('h1, h2, h3, h4, h5, h6, label')),
          level: el.shadowRoot?.querySelector('h1, h2, h3, h4, h5, h6')?.localName,
          alert: text(el.shadowRoot?.querySelector('[role="alert"]')),
        }));
      }, ELEMENTS);
      return { page, problems, requests, elements, scriptLoaded: requests.some((url) => url.includes(SCRIPT)) };
    }

    async function look(title) {
      const seen = await visit(title);
      await seen.page.close();
      return seen;
    }

    test('kses (author) kept the element tags and the mount point, and dropped the handlers', () => {
      const stored = site.stored['Pogingen tot misbruik'];
      assert.match(stored, /<swv-card code="PO2604"/);
      assert.match(stored, /<div data-swv="card" data-code="PO2604"/);
      // In the HTML tags (shortcodes are text until the plugin renders them).
      const tags = stored.match(/<[a-z][^>]*>/gi).join('\n');
      assert.doesNotMatch(tags, /\son[a-z]+=|style=|javascript:/i);
    });

    test("the README's shortcode examples in one post: every one renders", async () => {
      assert.equal(readmeShortcodes.length, 7, 'the README gives seven examples');
      for (const title of ['Alle voorbeelden uit de README', 'Voorbeelden zonder sluitteken']) {
        const { elements, problems } = await look(title);
        assert.deepEqual(
          elements.map((el) => el.tag),
          ['swv-card', 'swv-card', 'swv-overview', 'opr-info', 'swv-finder', 'swv-map', 'swv-card'],
          title,
        );
        assert.ok(
          elements.every((el) => el.state === 'complete' && el.heading && !el.alert),
          JSON.stringify(elements),
        );
        assert.equal(elements[0].heading, 'Passenderwijs');
        assert.equal(elements[1].level, 'h3');
        assert.deepEqual(problems, []);
      }
    });

    test('every block renders its element with the attributes set in the block', async () => {
      const { elements, problems } = await look('Elk blok');
      assert.deepEqual(
        elements.map((el) => [el.tag, el.attributes]),
        [
          ['swv-card', { code: 'PO2604', 'heading-level': '3' }],
          ['swv-overview', { municipality: 'Woerden', searchable: '' }],
          ['opr-info', { code: 'PO2604', lang: 'en' }],
          ['swv-finder', { sector: 'po', 'hash-param': 'swv' }],
          ['swv-map', { sector: 'vo', code: 'VO2604', loading: 'eager' }],
        ],
      );
      assert.ok(
        elements.every((el) => el.state === 'complete' && el.heading),
        JSON.stringify(elements),
      );
      assert.equal(elements[0].level, 'h3');
      assert.deepEqual(problems, []);
    });

    test("the code builder's shortcodes and blocks, pasted into a post, render the chosen elements", async () => {
      const { elements, problems } = await look('Uit de codebouwer');
      assert.deepEqual(
        elements.map((el) => [el.tag, el.attributes]),
        BUILDER_CHOICES.flatMap((choice) => [choice, choice]).map((choice) => [choice.tag, Object.fromEntries(choice.attributes)]),
      );
      assert.ok(
        elements.every((el) => el.state === 'complete' && el.heading),
        JSON.stringify(elements),
      );
      assert.deepEqual(problems, []);
    });

    test('a tag in a Custom HTML block, a data-swv mount point and a synced pattern render', async () => {
      const { elements, problems, scriptLoaded } = await look('Eigen tags, een koppelpunt en een patroon');
      assert.ok(scriptLoaded);
      assert.deepEqual(
        elements.map((el) => [el.tag, el.state, el.attributes.code]),
        [
          ['swv-card', 'complete', 'VO2604'],
          ['opr-info', 'complete', 'PO2604'],
          ['swv-card', 'complete', 'PO2604'],
        ],
      );
      assert.ok(elements.every((el) => el.heading));
      assert.deepEqual(problems, []);
      const pattern = await look('Alleen een patroon');
      assert.ok(pattern.scriptLoaded, 'the script loads for an element in a synced pattern');
      assert.deepEqual(
        pattern.elements.map((el) => [el.tag, el.state, el.heading]),
        [['swv-card', 'complete', 'Passenderwijs']],
      );
    });

    test('hostile attempts stay inert: no handler, no script, no javascript: URL reaches the page', async () => {
      const { page, elements, problems } = await visit('Pogingen tot misbruik');
      const found = await page.evaluate(() => ({
        hacked: window.hacked ?? null,
        injected: !!document.getElementById('injected'),
        images: document.querySelectorAll('img[onerror]').length,
        handlers: [...document.querySelectorAll('.entry-content *, .wp-block-post-content *')].flatMap((el) =>
          [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.localName}[${a.name}]`),
        ),
        javascriptUrls: [...document.querySelectorAll('[src], [href]')].filter((el) =>
          /^\s*javascript:/i.test(el.getAttribute('src') ?? el.getAttribute('href')),
        ).length,
      }));
      await page.close();
      assert.deepEqual(found, { hacked: null, injected: false, images: 0, handlers: [], javascriptUrls: 0 });
      assert.ok(elements.length >= 5, `${elements.length} elements`);
      for (const el of elements) {
        assert.ok(
          !/^\s*javascript:/i.test(el.attributes.src ?? '') && !('style' in el.attributes) && !('onclick' in el.attributes),
          JSON.stringify(el.attributes),
        );
      }
      // The cards with a broken code say so in their own words; the others show the partnership.
      assert.ok(elements.filter((el) => el.attributes.code === 'PO2604' && !el.attributes.src).every((el) => el.heading === 'Passenderwijs'));
      // kses turned `src="javascript:window.hacked=2"` into the relative address `window.hacked=2`:
      // harmless; that card says its data cannot be read.
      assert.equal(elements.find((el) => el.attributes.src === 'window.hacked=2')?.state, 'error');
      assert.deepEqual(problems, []);
    });

    test('the script loads only on pages that show an element: not on a plain page, not on a list of excerpts', async () => {
      const plain = await look('Geen element');
      assert.equal(plain.scriptLoaded, false);
      const excerpts = await look('Samenvattingen');
      assert.equal(excerpts.elements.length, 0);
      assert.equal(excerpts.scriptLoaded, false);
      assert.match(readFileSync(join(tmp, 'posts.json'), 'utf8'), /swv-card/);
      assert.deepEqual([...plain.problems, ...excerpts.problems], []);
      const used = await look('Elk blok');
      assert.equal(used.requests.filter((url) => url.includes(SCRIPT)).length, 1, 'once');
    });

    /** The block editor with a new post, as the user with the editor role. */
    async function newPostAsEditor() {
      const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      const problems = [];
      page.on('pageerror', (error) => problems.push(error.message));
      await page.goto(`${origin}/wp-login.php`);
      await page.fill('#user_login', 'redacteur');
      await page.fill('#user_pass', 'test-wachtwoord');
      await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
      await page.goto(`${origin}/wp-admin/post-new.php`);
      await page.waitForSelector('.edit-post-header-toolbar__inserter-toggle');
      return { page, problems };
    }

    test('block editor: a pasted shortcode becomes its block, with every attribute (the shortcode transform)', async () => {
      const { page, problems } = await newPostAsEditor();
      const blocks = await page.evaluate(() =>
        window.wp.blocks
          // What the clipboard holds when an editor copies the shortcodes from a page (one per paragraph).
          .rawHandler({
            HTML: '<p>[swv-overview municipality="Woerden" searchable sector="po" heading-level="3" /]</p><p>Tekst</p><p>[opr-info code="PO2604" lang="en"]</p>',
          })
          .map((block) => [block.name, Object.fromEntries(Object.entries(block.attributes).filter(([, value]) => value !== '' && value !== false))]),
      );
      assert.deepEqual(blocks, [
        ['swv/overview', { municipality: 'Woerden', searchable: true, sector: 'po', headingLevel: '3' }],
        ['core/paragraph', { content: 'Tekst' }],
        ['swv/opr-info', { code: 'PO2604', lang: 'en' }],
      ]);
      await page.close();
      assert.deepEqual(problems, []);
    });

    test('block editor: an editor adds a card block, sets its code in the sidebar, publishes; the page shows the card', async () => {
      const { page, problems } = await newPostAsEditor();
      await page.fill('.editor-post-title__input, [aria-label="Titel toevoegen"], [aria-label="Add title"]', 'Kaart uit de blokeditor');
      // The inserter, searched as an editor would.
      await page.click('.edit-post-header-toolbar__inserter-toggle');
      await page.fill('.block-editor-inserter__search input', 'samenwerkingsverband');
      await page.click('.block-editor-block-types-list__item:has-text("Kaart van één samenwerkingsverband")');
      // Until a code (or school, postcode, municipality) is set, the block says where to set it.
      assert.match(await page.textContent('.editor-styles-wrapper .components-placeholder'), /Kies in de zijbalk|Choose in the sidebar/);
      // The block's settings in the sidebar (the gear), in the editor's language.
      await page.click('.interface-pinned-items button[aria-expanded="false"]');
      const code = page.getByLabel(/^(Code van het samenwerkingsverband|Partnership code)$/);
      await code.fill('PO2604');
      // The preview in the editor is the element itself, with real content.
      await page.waitForFunction(() => document.querySelector('.editor-styles-wrapper swv-card[code="PO2604"]')?.dataState === 'complete', null, {
        timeout: 15000,
      });
      const preview = await page.evaluate(() => document.querySelector('.editor-styles-wrapper swv-card').shadowRoot.querySelector('h2')?.textContent.trim());
      assert.equal(preview, 'Passenderwijs');
      if (process.env.SWV_SCREENSHOTS) await page.screenshot({ path: `${process.env.SWV_SCREENSHOTS}/wordpress-block-editor.png` });
      // Publish (two steps in WordPress 6.1: the button, then the confirmation panel).
      await page.click('.editor-post-publish-panel__toggle');
      await page.click('.editor-post-publish-panel__header-publish-button button');
      await page.waitForSelector('.post-publish-panel__postpublish', { timeout: 15000 });
      const url = await page.evaluate(() => window.wp.data.select('core/editor').getPermalink());
      await page.close();
      assert.deepEqual(problems, []);
      const { elements, problems: frontProblems } = await look(url);
      assert.deepEqual(
        elements.map((el) => [el.tag, el.attributes, el.heading]),
        [['swv-card', { code: 'PO2604' }, 'Passenderwijs']],
      );
      assert.deepEqual(frontProblems, []);
    });

    test("an element in a widget (WordPress's Custom HTML widget) renders and loads the script", async () => {
      const { elements, scriptLoaded, problems } = await look('Widget in de voettekst');
      assert.ok(scriptLoaded);
      assert.deepEqual(
        elements.map((el) => [el.tag, el.state, el.attributes.code]),
        [['swv-card', 'complete', 'VO2604']],
      );
      assert.deepEqual(problems, []);
    });

    // After the tests that need pages without elements: this changes the footer of every page.
    test('an element in a template part (the theme footer) renders and loads the script on every page', async () => {
      execFileSync('php', [join(HERE, 'template-part.php'), join(tmp, 'site')], { stdio: 'pipe' });
      const { elements, scriptLoaded, problems } = await look('Geen element');
      assert.ok(scriptLoaded);
      assert.deepEqual(
        elements.map((el) => [el.tag, el.state]),
        [['opr-info', 'complete']],
      );
      assert.ok(elements[0].heading);
      assert.deepEqual(problems, []);
    });

    // Last, so that it covers everything above (installing, posts, pages, the editor).
    test('the plugin logged no notice, warning or error (WP_DEBUG on)', () => {
      const log = existsSync(join(tmp, 'debug.log')) ? readFileSync(join(tmp, 'debug.log'), 'utf8') : '';
      assert.deepEqual(
        log.split('\n').filter((line) => /swv-elements|swv_elements/i.test(line)),
        [],
      );
      // WordPress's own messages are allowed, of two kinds only: WordPress 6.1 is not written for
      // PHP 8.2 (deprecations in its own files), and this machine has no internet (update checks).
      const wordpress = /PHP Deprecated: .* in \S+\/(wp-includes|wp-admin)\/|could not establish a secure connection to WordPress\.org/;
      assert.deepEqual(
        log.split('\n').filter((line) => line.trim() && !wordpress.test(line)),
        [],
      );
    });
  },
);

/** WordPress's configuration for this test: the test's own database, debug log and address. */
function config({ socket, origin, log }) {
  const key = () => Math.random().toString(36).slice(2).repeat(4);
  const keys = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'];
  return `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
${keys.map((name) => `define( '${name}', '${key()}' );`).join('\n')}
define( 'WP_HOME', '${origin}' );
define( 'WP_SITEURL', '${origin}' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', '${log}' );
define( 'WP_DEBUG_DISPLAY', false );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
$table_prefix = 'wp_';
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`;
}

async function until(check, message, ms = 30000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(message);
}

function freePort() {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}
