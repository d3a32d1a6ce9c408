// The site root sends the reader to the language they chose before with the switcher, or else to the best match
// of the browser's languages. Only switcher clicks are remembered. Without JavaScript the root stays English.
const STORAGE_KEY = "hc.language";

function remember(language) {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // storage can be unavailable (private mode, disabled cookies): the reader simply is not redirected later
  }
}

function chosenBefore() {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

// Exact tag first (es-MX -> es), then the primary subtag; the site's languages come from its own switcher.
export function bestLanguage(preferred, available) {
  for (const tag of preferred) {
    const lower = String(tag).toLowerCase();
    if (available.includes(lower)) return lower;
    const primary = lower.split("-")[0];
    if (available.includes(primary)) return primary;
  }
  return null;
}

const links = [...document.querySelectorAll(".md-select__link[hreflang]")];
for (const link of links) {
  link.addEventListener("click", () => remember(link.getAttribute("hreflang")));
}

// Only the default language's home page carries this marker (overrides/home.html).
if (document.querySelector("[data-hc-root-home]")) {
  const available = links.map((link) => link.getAttribute("hreflang"));
  const chosen = chosenBefore();
  const wanted = available.includes(chosen)
    ? chosen
    : bestLanguage(navigator.languages || [navigator.language], available);
  const current = document.documentElement.getAttribute("lang");
  if (wanted && wanted !== current) {
    const target = links.find((link) => link.getAttribute("hreflang") === wanted);
    window.location.replace(target.href);
  }
}
