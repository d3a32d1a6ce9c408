// Loaded in <head>, before Material's bundle. Material downloads sitemap.xml next to every <link rel="alternate">
// (one per language, tens of KB each) to map the current page between languages when the reader switches.
// Our language switcher already links the translated page itself, so that mapping is not needed: answer those
// requests with an empty sitemap (a few bytes, cached) instead of the real ones, which are for search engines.
(function () {
  var empty = new URL("empty-sitemap.xml", document.currentScript.src).href;
  var open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (_method, url) {
    // biome-ignore lint/complexity/noArguments: passes on exactly the arguments given; the two named ones keep open.length 2
    var args = Array.prototype.slice.call(arguments);
    try {
      if (new URL(String(url), document.baseURI).pathname.endsWith("/sitemap.xml")) args[1] = empty;
    } catch {
      // not a URL: leave the request as it is
    }
    return open.apply(this, args);
  };
})();
