// Rakor's service worker: keeps the public agenda, its session, speaker and room pages and the
// participant's ticket page readable offline after one visit (hotel Wi-Fi comes and goes).
// Pages: network first, the saved copy when the network fails or hangs. Build assets (hashed, never
// change): cache first. Nothing else is touched, so the console and forms behave as without it.

const PAGES = "rakor-pages-v1";
const ASSETS = "rakor-assets-v1";
const NETWORK_TIMEOUT_MS = 4000;
const WARM_INTERVAL_MS = 10 * 60 * 1000;

const OFFLINE_PAGE = /^\/(e\/[^/]+\/(agenda(\/[^/]+)?|speakers|rooms)|t\/[A-Za-z0-9_-]{22})\/?$/;
const PHOTO = /^\/e\/[^/]+\/speakers\/[^/]+\/photo$/;
const ASSET = /^\/(_next\/static\/|icons\/|icon\.svg$|manifest\.webmanifest$)/;

self.addEventListener("install", () => self.skipWaiting());

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const keep = new Set([PAGES, ASSETS]);
      for (const name of await caches.keys()) if (!keep.has(name)) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (ASSET.test(url.pathname)) event.respondWith(cacheFirst(request));
  else if (PHOTO.test(url.pathname)) event.respondWith(staleWhileRevalidate(request, event));
  else if (request.mode === "navigate" && OFFLINE_PAGE.test(url.pathname)) event.respondWith(networkFirst(request));
});

async function cacheFirst(request) {
  const cached = await caches.match(request, { ignoreVary: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) (await caches.open(ASSETS)).put(request, response.clone());
  return response;
}

async function staleWhileRevalidate(request, event) {
  const cache = await caches.open(ASSETS);
  const cached = await cache.match(request, { ignoreVary: true });
  const refresh = fetch(request).then((response) => {
    if (response.ok) cache.put(request, response.clone());
    return response;
  });
  if (!cached) return refresh;
  event.waitUntil(refresh.catch(() => undefined));
  return cached;
}

async function networkFirst(request) {
  const cache = await caches.open(PAGES);
  const network = fetch(request).then((response) => {
    if (response.ok) cache.put(request.url, response.clone());
    return response;
  });
  const cached = await cache.match(request.url, { ignoreVary: true, ignoreSearch: true });
  if (!cached) return network;
  // A hanging connection must not keep a saved agenda from showing.
  const timeout = new Promise((resolve) => setTimeout(() => resolve(cached), NETWORK_TIMEOUT_MS));
  return Promise.race([network.catch(() => cached), timeout]);
}

// The page lists what to keep for offline use: its sibling pages and the assets it loaded before
// this worker controlled it. Refreshed at most every ten minutes per list.
const lastWarm = new Map();

self.addEventListener("message", (event) => {
  const data = event.data;
  if (!data || data.type !== "warm" || !Array.isArray(data.pages)) return;
  event.waitUntil(warm(data.pages, Array.isArray(data.assets) ? data.assets : []));
});

async function warm(pages, assets) {
  const assetCache = await caches.open(ASSETS);
  for (const asset of assets) {
    const url = new URL(asset, self.location.origin);
    if (url.origin !== self.location.origin || !ASSET.test(url.pathname)) continue;
    if (!(await assetCache.match(url.href))) await fetch(url.href).then((r) => r.ok && assetCache.put(url.href, r)).catch(() => undefined);
  }
  const key = pages.join("|");
  if (Date.now() - (lastWarm.get(key) ?? 0) < WARM_INTERVAL_MS) return;
  lastWarm.set(key, Date.now());
  const pageCache = await caches.open(PAGES);
  for (const page of pages) {
    const url = new URL(page, self.location.origin);
    if (url.origin !== self.location.origin || !OFFLINE_PAGE.test(url.pathname)) continue;
    await fetch(url.href, { credentials: "same-origin" }).then((r) => r.ok && pageCache.put(url.href, r)).catch(() => undefined);
  }
}
