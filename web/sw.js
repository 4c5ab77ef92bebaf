// zothuis offline: caches this build's files when the app is first opened and serves them
// without a network. scripts/finish-dist.mjs fills in VERSION (a hash of every file of the
// build) and FILES; a new build is therefore a new worker with a cache of its own, and an old
// cache never serves a new page half-way. A new worker takes over at once and deletes the old
// caches; the page that is open keeps running the code it loaded, the next load is the new
// version (the page says so). Every file is fetched past the browser's HTTP cache, and the
// cached page is checked to name only this build's files, whatever caching the host allows.
const CACHE = 'zothuis-__VERSION__';
const FILES = __FILES__;

// The files a page names (href=… and src="…"), as the names in FILES are written.
const named = (html) => [...html.matchAll(/\s(?:href|src)="?(?:\.\/)?([^"\s>]+)"?/g)].map((m) => m[1]);

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // Past the browser's HTTP cache: a host that lets the browser keep index.html for a while
    // (Python's server, max-age) would otherwise give this build's cache an older page that
    // names files this build no longer has, and a blank page once those are gone.
    await cache.addAll(FILES.map((file) => new Request(file, { cache: 'reload' })));
    // The page cached must be this build's: every file it names is one of this build's files.
    // Otherwise the install fails, the open page keeps the worker it has, and the next visit
    // tries again.
    const page = await (await cache.match('./')).text();
    const missing = named(page).filter((file) => !FILES.includes(file));
    if (missing.length > 0) {
      await caches.delete(CACHE);
      throw new Error(`zothuis: the page names files this build does not have: ${missing.join(', ')}`);
    }
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('zothuis-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // A share link is the page's address plus a fragment (never sent), so every page load is
    // the one cached page; a query string is ignored for the same reason.
    const hit = request.mode === 'navigate'
      ? await cache.match('./')
      : await cache.match(request);
    return hit || fetch(request);
  })());
});
