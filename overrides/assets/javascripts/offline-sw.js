// Offline reading (issue 18; on only when mkdocs.yml sets extra.helpcenter.offline_reading: true). The build
// publishes this worker at the site root, so that its scope is the whole help center, and
// assets/javascripts/offline.js registers it. It keeps only what the reader opened: the pages they visited and the
// files those pages loaded. Online, every request goes to the network first and the copy is refreshed; offline, the
// kept copy answers. Nothing is fetched ahead, and nothing from another origin is touched.
const CACHE = "hc-offline-v1";

self.addEventListener("install", () => self.skipWaiting());

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith("hc-offline-") && n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

function sameOrigin(url) {
  try {
    return new URL(url, self.location.href).origin === self.location.origin;
  } catch {
    return false;
  }
}

function keep(request, response) {
  if (!response?.ok || response.type !== "basic") return;
  const copy = response.clone();
  caches.open(CACHE).then((cache) => cache.put(request, copy));
}

// The page that registered the worker was loaded before the worker existed: it names itself and its files.
self.addEventListener("message", (event) => {
  const data = event.data || {};
  if (data.type !== "hc-offline-keep" || !Array.isArray(data.urls)) return;
  const urls = data.urls.filter(sameOrigin).map((url) => url.split("#")[0]);
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      Promise.all(
        [...new Set(urls)].map((url) =>
          cache.match(url).then((hit) => hit || cache.add(url).catch(() => undefined)),
        ),
      ),
    ),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || !sameOrigin(request.url)) return;
  event.respondWith(
    fetch(request)
      .then((response) => {
        keep(request, response);
        return response;
      })
      .catch(() =>
        caches
          .open(CACHE)
          .then((cache) => cache.match(request, { ignoreSearch: request.mode === "navigate" }))
          .then((hit) => hit || Response.error()),
      ),
  );
});
