// Embed view for in-app webviews: any page with ?embed=1 drops the header, navigation and footer, and keeps the
// parameter on the links it follows. Loaded in <head> so the page never flashes the full chrome.
(function () {
  var params = new URLSearchParams(window.location.search);
  if (params.get("embed") !== "1") return;
  document.documentElement.classList.add("hc-embed");
  document.addEventListener("DOMContentLoaded", function () {
    var links = document.querySelectorAll("a[href]");
    for (var i = 0; i < links.length; i++) {
      var url = new URL(links[i].getAttribute("href"), window.location.href);
      // same-page anchors keep working: the current URL already carries embed=1
      if (url.origin === window.location.origin) {
        url.searchParams.set("embed", "1");
        links[i].setAttribute("href", url.pathname + url.search + url.hash);
      }
    }
  });
})();
