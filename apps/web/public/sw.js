// Sundhedsoverblik's service worker: keeps the app shell (index.html and the built assets) so the app
// still opens without a network (the offer search then runs on its local copy of the catalogue).
// Navigations: network first, the cached index.html when offline. /assets/*: cache first (hashed names,
// so a cached file never goes stale). Never touches /graphql, /api or anything but GET.
const SHELL = 'sundhed-shell-v1';
const INDEX = '/index.html';

/** The script and style files index.html names, so the first offline reload has them. */
function assetsOf(html) {
  return [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
}

async function storeIndex(response) {
  const html = await response.clone().text();
  const cache = await caches.open(SHELL);
  const old = await cache.match(INDEX);
  if (old && (await old.text()) !== html) {
    // A new build: drop the old build's assets, keep what the new index needs.
    for (const request of await cache.keys())
      if (new URL(request.url).pathname.startsWith('/assets/')) await cache.delete(request);
  }
  await cache.put(INDEX, response);
  await cache.addAll(assetsOf(html)).catch(() => undefined);
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    fetch(INDEX, { cache: 'no-cache' })
      .then((response) => (response.ok ? storeIndex(response) : undefined))
      .catch(() => undefined)
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== SHELL).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

async function navigate(request) {
  try {
    const response = await fetch(request);
    if (response.ok && (response.headers.get('content-type') ?? '').includes('text/html'))
      await storeIndex(response.clone());
    return response;
  } catch (error) {
    const cached = await caches.match(INDEX);
    if (cached) return cached;
    throw error;
  }
}

async function asset(request) {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(SHELL);
    await cache.put(request, response.clone());
  }
  return response;
}

// The page sends the assets it loaded before this worker took control (e.g. the route it opened on).
self.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'cache-assets' || !Array.isArray(data.urls)) return;
  const urls = data.urls.filter(
    (u) =>
      typeof u === 'string' &&
      new URL(u, self.location.origin).origin === self.location.origin &&
      new URL(u, self.location.origin).pathname.startsWith('/assets/'),
  );
  event.waitUntil(
    caches
      .open(SHELL)
      .then((cache) => cache.addAll(urls))
      .catch(() => undefined),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname.startsWith('/graphql') || url.pathname.startsWith('/api/'))
    return;
  if (request.mode === 'navigate') event.respondWith(navigate(request));
  else if (url.pathname.startsWith('/assets/')) event.respondWith(asset(request));
});
