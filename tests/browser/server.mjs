// A tiny static file server for dist/ on localhost (no dependencies).
// Usage: node tests/browser/server.mjs DIR PORT   (PORT 0 picks a free port and prints it)
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * Serves `dir`. `caching` says what the host tells the browser about caching: 'no-store' (the
 * default, for tests that change files under the app), a Cache-Control value such as
 * 'max-age=600', or null for no Cache-Control at all with an old Last-Modified, as Python's
 * http.server sends (the browser then keeps files by its own heuristic).
 */
export function serve(dir, port = 0, caching = 'no-store') {
  const cacheHeaders = caching === null
    ? { 'last-modified': 'Mon, 01 Jan 2024 00:00:00 GMT' }
    : { 'cache-control': caching };
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    const safe = normalize(path).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, safe.endsWith('/') ? safe + 'index.html' : safe);
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream', ...cacheHeaders });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] || 'dist';
  const server = await serve(dir, Number(process.argv[3] || 8080));
  console.log(`zothuis is served at http://localhost:${server.address().port}/ (Ctrl+C to stop)`);
}
