// Loaded in <head>, before Material's bundle. Material fetches sitemap.xml next to every <link rel="alternate">
// to map pages between languages, assuming those links point at language roots. Ours point at the translated
// page (what search engines need), so send each such request to the sitemap of that language's root instead.
(function () {
  var redirects = {};
  var links = document.querySelectorAll('link[rel="alternate"][hreflang][data-hc-root]');
  for (var i = 0; i < links.length; i++) {
    var from = new URL("sitemap.xml", links[i].href).href;
    var root = new URL(links[i].getAttribute("data-hc-root"), document.baseURI);
    redirects[from] = new URL("sitemap.xml", root).href;
  }
  var open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (method, url) {
    var args = Array.prototype.slice.call(arguments);
    try {
      var target = redirects[new URL(String(url), document.baseURI).href];
      if (target) args[1] = target;
    } catch (error) {
      // not a URL we know: leave the request as it is
    }
    return open.apply(this, args);
  };
})();
