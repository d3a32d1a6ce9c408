// Is this URL, email address, phone number or social handle one of the brand's official channels? Pure, no DOM,
// no network: the official list comes from data/support-channels.yml through the page.
// Result: {verdict: "official" | "not_official" | "impersonation" | "empty", kind, checked, reasons: [{key, ...}],
// parts, ascii}: `parts` spells `checked` with the characters the reasons name marked, `ascii` is a domain's
// Punycode form (xn--...) when it has characters other than ASCII, as an address bar may show it.
import { toASCII, toUnicode } from "./punycode.js";

// characters other scripts share with Latin letters (after lower-casing), the ones phishing domains use
const CONFUSABLES = {
  "а": "a", "в": "b", "с": "c", "ԁ": "d", "е": "e", "ё": "e", "һ": "h", "і": "i", "ї": "i", "ј": "j", "к": "k",
  "ӏ": "l", "м": "m", "н": "h", "о": "o", "р": "p", "ԛ": "q", "г": "r", "ѕ": "s", "т": "t", "ц": "u", "ѵ": "v",
  "ԝ": "w", "х": "x", "у": "y", "ү": "y", "ꭓ": "x",
  "α": "a", "β": "b", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u", "χ": "x",
  "ɑ": "a", "ɡ": "g", "ɩ": "i", "ｏ": "o", "ａ": "a", "ｃ": "c", "ｅ": "e", "ｒ": "r", "ｖ": "v", "ｘ": "x",
};
// digits and symbols that stand in for letters in look-alike names
const SUBSTITUTES = { "0": "o", "1": "l", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g", "@": "a", "$": "s" };
const SOCIAL_HOSTS = {
  "x.com": "x", "twitter.com": "x", "mobile.twitter.com": "x", "t.me": "telegram", "telegram.me": "telegram",
  "facebook.com": "facebook", "m.facebook.com": "facebook", "fb.com": "facebook",
};

function scriptOf(char) {
  const code = char.codePointAt(0);
  if (code >= 0x0400 && code <= 0x052f) return "cyrillic";
  if (code >= 0x0370 && code <= 0x03ff) return "greek";
  return "other";
}

// lower case, no "www.", no trailing dots, full-width dots as dots, Punycode labels decoded
export function normalizeHost(host) {
  let value = host.trim().replace(/[\u3002\uff0e\uff61]/g, ".").toLowerCase();
  value = value.replace(/\.+$/, "");
  value = toUnicode(value).toLowerCase();
  return value.startsWith("www.") ? value.slice(4) : value;
}

function owner(host) {
  const labels = host.split(".").filter(Boolean);
  return labels.slice(-2).join(".");
}

function levenshtein(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const saved = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = saved;
    }
  }
  return row[b.length];
}

// what a name looks like to a reader: confusable characters and digit stand-ins replaced by the letters they mimic
function skeleton(text) {
  const chars = Array.from(text);
  const mapped = chars.map((c) => CONFUSABLES[c] || SUBSTITUTES[c] || c);
  return { chars, mapped, text: mapped.join("") };
}

// reasons a name imitates `target` (the brand or an official domain); [] when it does not
function imitation(text, target) {
  const { chars, mapped, text: shown } = skeleton(text);
  const reasons = [];
  let index = shown.indexOf(target);
  if (index < 0) return reasons;
  // position in code points: the skeleton has one entry per original character
  index = Array.from(shown.slice(0, index)).length;
  const seen = new Set();
  for (let i = index; i < index + Array.from(target).length; i++) {
    const original = chars[i];
    if (original === mapped[i] || seen.has(original)) continue;
    seen.add(original);
    if (CONFUSABLES[original]) {
      reasons.push({ key: "confusable", char: original, latin: mapped[i], script: scriptOf(original) });
    } else {
      reasons.push({ key: "digit", digit: original, letter: mapped[i] });
    }
  }
  return reasons;
}

function officialRoots(official) {
  // the shortest official domains are the registrable ones (brand.example); the rest are their subdomains
  const domains = official.domains.map(normalizeHost);
  return domains.filter((d) => !domains.some((other) => other !== d && d.endsWith(`.${other}`)));
}

function checkHost(host, official, extraReasons = []) {
  const domains = new Set(official.domains.map(normalizeHost));
  if (domains.has(host)) return { verdict: "official", reasons: [...extraReasons, { key: "listed" }] };
  const roots = officialRoots(official);
  const root = roots.find((r) => host.endsWith(`.${r}`));
  if (root) return { verdict: "not_official", reasons: [...extraReasons, { key: "unlisted_subdomain", brand_domain: root }] };
  const reasons = [...extraReasons];
  // an official domain spelled with look-alike characters: corvexа.example (Cyrillic а), c0rvexa.example
  const imitated = roots.map((r) => imitation(host, r)).find((r) => r.length) || [];
  const brandReasons = imitation(host, official.brand);
  reasons.push(...(imitated.length ? imitated : brandReasons));
  const shownHost = skeleton(host).text;
  const looksOfficial = roots.some((r) => shownHost === r || shownHost.endsWith(`.${r}`));
  if (!looksOfficial && shownHost.includes(official.brand)) {
    const inside = roots.find((r) => shownHost.includes(r)) || official.brand;
    reasons.push({ key: "brand_inside", brand: inside, owner: owner(host) });
  }
  if (reasons.length === extraReasons.length) {
    const similar = host.split(/[.\-_]/).find((label) => label.length >= 5 && levenshtein(skeleton(label).text, official.brand) <= 2);
    if (similar) reasons.push({ key: "similar", value: similar, brand: official.brand });
  }
  if (reasons.length > 0) return { verdict: "impersonation", reasons };
  return { verdict: "not_official", reasons: [{ key: "not_listed" }] };
}

function phoneDigits(text) {
  const digits = text.replace(/[^\d+]/g, "");
  return digits.startsWith("00") ? `+${digits.slice(2)}` : digits;
}

function checkHandle(handle, network, official) {
  const name = handle.replace(/^@/, "").toLowerCase();
  const match = official.social.find(
    (s) => s.handle.replace(/^@/, "").toLowerCase() === name && (!network || s.network === network),
  );
  if (match) {
    const reasons = [{ key: "listed" }];
    if (match.network === "telegram") reasons.push({ key: "telegram" });
    return { verdict: "official", reasons, network: match.network };
  }
  const shown = skeleton(name).text;
  const imitated = official.social
    .filter((s) => !network || s.network === network)
    .map((s) => s.handle.replace(/^@/, "").toLowerCase())
    .find((h) => h === shown);
  if (imitated) return { verdict: "impersonation", reasons: imitation(name, imitated) };
  const reasons = imitation(name, official.brand);
  if (shown.includes(official.brand)) {
    reasons.push({ key: "brand_inside", brand: official.brand, owner: `@${handle.replace(/^@/, "")}` });
  } else {
    const similar = levenshtein(skeleton(name).text, official.brand) <= 2 && name.length >= 5;
    if (similar) reasons.push({ key: "similar", value: handle, brand: official.brand });
  }
  return reasons.length ? { verdict: "impersonation", reasons } : { verdict: "not_official", reasons: [{ key: "not_listed" }] };
}

// split "scheme://user@host:port/path" by hand: URL() would turn Unicode hosts into Punycode and drop details
function parseLink(text) {
  const rest = text.replace(/^[a-z][a-z0-9+.-]*:\/\//i, "");
  const authorityEnd = rest.search(/[/?#\\]/);
  const authority = authorityEnd < 0 ? rest : rest.slice(0, authorityEnd);
  const path = authorityEnd < 0 ? "" : rest.slice(authorityEnd);
  const at = authority.lastIndexOf("@");
  const userinfo = at >= 0 ? authority.slice(0, at) : "";
  const host = (at >= 0 ? authority.slice(at + 1) : authority).replace(/:\d*$/, "");
  return { userinfo, host, path };
}

// `text` cut into runs: the characters a reason names (a look-alike letter, a digit standing in for a letter) each
// on their own with what they imitate, the rest as plain runs: [{text: "corvex"}, {text: "а", mark: "confusable",
// latin: "a", script: "cyrillic"}, {text: ".example"}]
export function spellingParts(text, reasons) {
  const marked = new Map();
  for (const reason of reasons) {
    if (reason.key === "confusable") marked.set(reason.char, { mark: "confusable", latin: reason.latin, script: reason.script });
    if (reason.key === "digit") marked.set(reason.digit, { mark: "digit", latin: reason.letter });
  }
  const parts = [];
  for (const char of Array.from(text)) {
    const mark = marked.get(char);
    const last = parts.at(-1);
    if (mark) parts.push({ text: char, ...mark });
    else if (last && !last.mark) last.text += char;
    else parts.push({ text: char });
  }
  return parts;
}

function withSpelling(result) {
  const parts = spellingParts(result.checked, result.reasons);
  const ascii = result.kind === "domain" || result.kind === "email" ? asciiOf(result.checked) : "";
  return { ...result, parts, ascii: ascii === result.checked ? "" : ascii };
}

function asciiOf(checked) {
  const at = checked.lastIndexOf("@");
  return at < 0 ? toASCII(checked) : `${checked.slice(0, at + 1)}${toASCII(checked.slice(at + 1))}`;
}

export function checkChannel(input, official) {
  return withSpelling(check(input, official));
}

function check(input, official) {
  const text = String(input || "").trim().replace(/^[<"'“]+|[>"'”]+$/g, "");
  if (!text) return { verdict: "empty", kind: "", checked: "", reasons: [] };
  if (/^\+?[\d\s().-]{7,}$/.test(text) && text.replace(/\D/g, "").length >= 7) {
    const checked = phoneDigits(text);
    const listed = official.phones.some((p) => phoneDigits(p) === checked);
    return listed
      ? { verdict: "official", kind: "phone", checked, reasons: [{ key: "listed" }] }
      : { verdict: "not_official", kind: "phone", checked, reasons: [{ key: "not_listed" }] };
  }
  if (/^@[\p{L}\p{N}_.]+$/u.test(text)) {
    return { kind: "handle", checked: text, ...checkHandle(text, "", official) };
  }
  const email = text.replace(/^mailto:/i, "").match(/^([^\s@/:]+)@([^\s@/]+)$/u);
  if (email && !/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    const host = normalizeHost(email[2]);
    const local = email[1].toLowerCase();
    const checked = `${local}@${host}`;
    if (official.emails.includes(checked)) return { verdict: "official", kind: "email", checked, reasons: [{ key: "listed" }] };
    const result = checkHost(host, official);
    if (result.verdict === "official" || result.verdict === "not_official") {
      // an address at an official domain that the brand does not publish, or an unknown address elsewhere
      const brandInLocal = result.verdict === "not_official" && !host.endsWith(officialRoots(official)[0])
        && skeleton(local).text.includes(official.brand);
      if (brandInLocal) {
        return { verdict: "impersonation", kind: "email", checked, reasons: [{ key: "brand_inside", brand: official.brand, owner: host }] };
      }
      return { verdict: "not_official", kind: "email", checked, reasons: [{ key: "not_listed" }] };
    }
    return { kind: "email", checked, ...result };
  }
  const link = parseLink(text);
  if (!link.host || /\s/.test(link.host)) return { verdict: "not_official", kind: "domain", checked: text, reasons: [{ key: "not_listed" }] };
  const host = normalizeHost(link.host);
  const network = SOCIAL_HOSTS[host];
  if (network) {
    const handle = link.path.split(/[/?#]/).filter(Boolean)[0] || "";
    if (handle) return { kind: "handle", checked: `${host}/${handle}`, ...checkHandle(handle, network, official) };
  }
  const extra = link.userinfo ? [{ key: "userinfo", owner: owner(host) }] : [];
  const result = checkHost(host, official, extra);
  if (extra.length && result.verdict !== "official") result.verdict = "impersonation";
  return { kind: "domain", checked: host, ...result };
}
