// The lab's service worker (issue 11), registered by the head of every page and built to
// the site's root (dynamicPaths in observablehq.config.ts), so its scope is every page. It keeps what a page fetched for the next page and for offline use, and can never
// serve a stale build after a rebuild:
// - immutable files, cache first: a name carrying Framework's content hash
//   (transactions.9f20da7d.arrow, duckdbClient.1a2b3c4d.js) or a file under a versioned
//   npm path (_node/@duckdb/duckdb-wasm@1.32.0/dist/duckdb-eh.wasm). A rebuild that
//   changes a file changes its name; when a new version of a name is stored, the older
//   ones are deleted.
// - everything else (the pages' HTML above all), network first: the cached copy is used
//   only when the network fails (offline), so after a rebuild the new HTML, naming the
//   new files, always wins.
// Only same-origin GET requests are handled; nothing else is touched. A page fetches its
// first files before this worker controls it: the page posts the URLs of the files it
// fetched ({keep: [...]}, from a PerformanceObserver in the head script of
// observablehq.config.ts) and the immutable ones not kept yet are fetched and kept, so the
// next visit needs only its HTML.
const cacheName = "fslab-site-v1";
const hashed = /\.[0-9a-f]{8}\.[A-Za-z0-9]+$/;
const versioned = /\/_node\/(@[^/]+\/)?[^/@]+@\d[^/]*\//;

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

self.addEventListener("message", (event) => {
  const urls = Array.isArray(event.data?.keep) ? event.data.keep : [];
  event.waitUntil(keep(urls.map((u) => new URL(u, self.location.href)).filter((url) => url.origin === self.location.origin && immutable(url))));
});

async function keep(urls) {
  const cache = await caches.open(cacheName);
  for (const url of urls) {
    if (await cache.match(url.origin + url.pathname)) continue;
    const response = await fetch(url.href).catch(() => null);
    if (response !== null && storable(response)) await store(cache, url, response, true);
  }
}

function immutable(url) {
  return hashed.test(url.pathname) || versioned.test(url.pathname);
}

self.addEventListener("fetch", (event) => {
  const {request} = event;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname === new URL(self.location.href).pathname) return;
  event.respondWith(immutable(url) ? cacheFirst(event, url) : networkFirst(event, url));
});

async function cacheFirst(event, url) {
  const cache = await caches.open(cacheName);
  const cached = await cache.match(url.origin + url.pathname);
  if (cached) return cached;
  const response = await fetch(event.request);
  if (storable(response)) event.waitUntil(store(cache, url, response.clone(), true));
  return response;
}

async function networkFirst(event, url) {
  const cache = await caches.open(cacheName);
  try {
    const response = await fetch(event.request);
    if (storable(response)) event.waitUntil(store(cache, url, response.clone(), false));
    return response;
  } catch (error) {
    const cached = await cache.match(url.origin + url.pathname);
    if (cached) return cached;
    throw error;
  }
}

function storable(response) {
  return response.status === 200 && response.type === "basic" && !response.redirected;
}

// Stores a response under its URL (no query); for a hashed name, deletes the other hashes of that name.
async function store(cache, url, response, immutable) {
  const key = url.origin + url.pathname;
  await cache.put(key, response);
  if (!immutable || !hashed.test(url.pathname)) return;
  const stem = url.pathname.replace(hashed, "");
  const extension = url.pathname.slice(url.pathname.lastIndexOf("."));
  for (const old of await cache.keys()) {
    const path = new URL(old.url).pathname;
    if (path !== url.pathname && hashed.test(path) && path.replace(hashed, "") === stem && path.endsWith(extension)) await cache.delete(old);
  }
}
