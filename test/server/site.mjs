/**
 * A tiny web server for the Node tests that drive Chromium (host page, server rendering): fixed
 * pages by path, and the built `dist/` folder, with the headers a test asks for.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium } from './chromium.mjs';

const DIST = new URL('../../dist/', import.meta.url).pathname;
const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.html': 'text/html' };

/**
 * Starts a server: `pages` maps a path to [content type, body] (or a function of the path giving
 * that); everything else is read from `root` (default: dist/; `/` is its index.html). `headers` go
 * on every response. With `brotli`, bodies are sent compressed, as a real web server or CDN would
 * (for measuring what readers download).
 */
export async function startSite(pages, headers = {}, { brotli = false, root = DIST } = {}) {
  const compressed = new Map();
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const send = (type, body) => {
      if (!brotli) return res.writeHead(200, { 'Content-Type': type, ...headers }).end(body);
      if (!compressed.has(path)) compressed.set(path, brotliCompressSync(body));
      return res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'br', ...headers }).end(compressed.get(path));
    };
    const page = typeof pages === 'function' ? pages(path) : pages[path];
    if (page) return send(...page);
    if (path === '/favicon.ico') return res.writeHead(204).end();
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root)) return res.writeHead(403).end();
    try {
      return send(TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
    } catch {
      return res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/** Debian's Chromium, as every test uses it. */
export function launchChromium() {
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS.filter((f) => !f.startsWith('--headless')) });
}
