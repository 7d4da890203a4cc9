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
  if (typeof event.data?.prefetch === "string") return event.waitUntil(prefetch(new URL(event.data.prefetch, self.location.href), event.source));
  const urls = Array.isArray(event.data?.keep) ? event.data.keep : [];
  event.waitUntil(keep(urls.map((u) => new URL(u, self.location.href)).filter((url) => url.origin === self.location.origin && immutable(url))));
});

// The next page on the path (components/shell/prefetchScript.js asks once its page is quiet):
// its HTML (kept for offline use; online, the network still answers first) and every immutable
// file it names (module preloads, stylesheets, the files it registers), so that opening it
// fetches little more than the HTML. Answers the page with {prefetched, files}.
async function prefetch(page, client) {
  if (page.origin !== self.location.origin) return;
  const response = await fetch(page.href).catch(() => null);
  if (response === null || !storable(response)) return;
  const cache = await caches.open(cacheName);
  await store(cache, page, response.clone(), false);
  const urls = pageFiles(await response.text(), page);
  await keep(urls);
  // DuckDB's worker and wasm are named by the DuckDB client module, not by the page: from the
  // map (no DuckDB) to the first page that has it, they are most of what the next page needs.
  const engine = [];
  for (const url of urls.filter((u) => /\/duckdbClient\.[0-9a-f]{8}\.js$/.test(u.pathname))) {
    const source = await (await cache.match(url.origin + url.pathname))?.text();
    for (const m of source?.matchAll(/"([^"]+\.(?:wasm|worker\.[0-9a-f]{8}\.js))"/g) ?? []) engine.push(new URL(m[1], url.href));
  }
  await keep(engine.filter((url) => url.origin === self.location.origin && immutable(url)));
  client?.postMessage({prefetched: page.href, files: urls.length + engine.length});
}

/** The same-origin immutable files a built page names: module preloads, stylesheets and registerFile paths. */
function pageFiles(html, page) {
  const names = [
    ...Array.from(html.matchAll(/<link rel="(?:modulepreload|stylesheet|preload)"[^>]*? href="([^"]+)"/g), (m) => m[1]),
    ...Array.from(html.matchAll(/"path":"(\.\/_file\/[^"]+)"/g), (m) => m[1]),
  ];
  const urls = new Map();
  for (const name of names) {
    const url = new URL(name, page.href);
    if (url.origin === self.location.origin && immutable(url)) urls.set(url.href, url);
  }
  return [...urls.values()];
}

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
