// Printing an article: assets/stylesheets/print.css writes each link out as "text (url)" from data-hc-href, the
// link's absolute address (a relative href would mean nothing on paper). Links within the page, and links whose text
// already is their address, get none. Collapsed notes (<details>) are opened while printing and closed again after.
const article = document.querySelector(".md-content .md-typeset");

function markLinks(root) {
  for (const link of root.querySelectorAll("a[href]")) {
    const href = link.getAttribute("href");
    if (!href || href.startsWith("#") || link.classList.contains("headerlink")) continue;
    if (link.closest(".hc-breadcrumbs, .hc-feedback, .hc-need-help, .hc-related, .footnote")) continue;
    const absolute = link.href;
    const text = link.textContent.trim();
    if (text === absolute || text === href) continue;
    link.dataset.hcHref = absolute;
  }
}

if (article) {
  markLinks(article);
  let opened = [];
  window.addEventListener("beforeprint", () => {
    opened = [...article.querySelectorAll("details:not([open])")];
    opened.forEach((details) => details.setAttribute("open", ""));
  });
  window.addEventListener("afterprint", () => {
    opened.forEach((details) => details.removeAttribute("open"));
    opened = [];
  });
}
