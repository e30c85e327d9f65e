// Klantspiegel's service worker: keeps the app working with no connection.
//
// VERSION and ASSETS are filled in at build time by the post-build hook in
// Trunk.toml (every file Trunk wrote, with its hashed name), so each release has
// different bytes here and the browser installs it as an update. It never sees
// answers: those live in localStorage and never pass through fetch.
const VERSION = 'dev';
const ASSETS = [];

const PREFIX = 'klantspiegel-';
const CACHE = PREFIX + VERSION;
const SHELL = new URL('./', self.registration.scope).href;

self.addEventListener('install', (event) => {
  // Precache the app shell and every built asset. Waits (no skipWaiting) until the
  // page asks, so an open assessment never switches versions under the user.
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      cache.addAll([SHELL, ...ASSETS.map((a) => new URL(a, self.registration.scope).href)]),
    ),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // Every page of the app is the same index.html: answer navigations (deep links
  // such as /results/…) with the cached shell, so the app starts offline.
  const lookup = request.mode === 'navigate' ? caches.match(SHELL) : caches.match(request, { ignoreSearch: true });
  event.respondWith(lookup.then((cached) => cached || fetch(request)));
});
