// Offline reading: registers the site's service worker (offline-sw.js at the site root, published only when
// mkdocs.yml sets extra.helpcenter.offline_reading: true; the build adds this script to the pages only then).
// The page the reader opens first was loaded before the worker existed, so it hands the worker its own address
// and the files it loaded, to be kept for reading offline.
const root = new URL("../../", import.meta.url);

function loadedHere() {
  const files = performance.getEntriesByType("resource").map((entry) => entry.name);
  return [location.href, ...files].filter((url) => new URL(url).origin === location.origin);
}

if ("serviceWorker" in navigator) {
  navigator.serviceWorker
    .register(new URL("offline-sw.js", root), { scope: root.pathname })
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => registration.active?.postMessage({ type: "hc-offline-keep", urls: loadedHere() }))
    .catch(() => {
      // no worker (a private window, a host that serves it with the wrong type): the site works as before
    });
}
