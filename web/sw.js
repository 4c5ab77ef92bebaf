// zothuis offline: caches this build's files when the app is first opened and serves them
// without a network. scripts/finish-dist.mjs fills in VERSION (a hash of every file of the
// build) and FILES; a new build is therefore a new worker with a cache of its own, and an old
// cache never serves a new page half-way. A new worker takes over at once and deletes the old
// caches; the page that is open keeps running the code it loaded, the next load is the new
// version (the page says so).
const CACHE = 'zothuis-__VERSION__';
const FILES = __FILES__;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()),
  );
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
