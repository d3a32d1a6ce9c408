// RFC 3492 Punycode decoding, enough to show what an "xn--" domain label really says. Pure, no DOM.
const BASE = 36, TMIN = 1, TMAX = 26, SKEW = 38, DAMP = 700, INITIAL_BIAS = 72, INITIAL_N = 128;

function adapt(delta, numPoints, firstTime) {
  delta = firstTime ? Math.floor(delta / DAMP) : delta >> 1;
  delta += Math.floor(delta / numPoints);
  let k = 0;
  while (delta > ((BASE - TMIN) * TMAX) >> 1) {
    delta = Math.floor(delta / (BASE - TMIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - TMIN + 1) * delta) / (delta + SKEW));
}

function digitOf(code) {
  if (code >= 48 && code <= 57) return code - 22; // 0-9 -> 26-35
  if (code >= 65 && code <= 90) return code - 65; // A-Z
  if (code >= 97 && code <= 122) return code - 97; // a-z
  return BASE;
}

// decode one label's Punycode (without "xn--"); returns null when it is not valid Punycode
export function decodeLabel(input) {
  const output = [];
  const basicEnd = input.lastIndexOf("-");
  for (let j = 0; j < Math.max(basicEnd, 0); j++) {
    if (input.charCodeAt(j) >= 0x80) return null;
    output.push(input.charCodeAt(j));
  }
  let n = INITIAL_N, i = 0, bias = INITIAL_BIAS;
  for (let index = basicEnd > 0 ? basicEnd + 1 : 0; index < input.length; ) {
    const oldi = i;
    for (let w = 1, k = BASE; ; k += BASE) {
      if (index >= input.length) return null;
      const digit = digitOf(input.charCodeAt(index++));
      if (digit >= BASE) return null;
      i += digit * w;
      const t = k <= bias ? TMIN : k >= bias + TMAX ? TMAX : k - bias;
      if (digit < t) break;
      w *= BASE - t;
      if (w > 0x7fffffff) return null;
    }
    const length = output.length + 1;
    bias = adapt(i - oldi, length, oldi === 0);
    n += Math.floor(i / length);
    i %= length;
    if (n > 0x10ffff) return null;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}

// "xn--" labels of a domain decoded to Unicode; labels that fail to decode stay as they were
export function toUnicode(domain) {
  return domain
    .split(".")
    .map((label) => {
      if (!label.toLowerCase().startsWith("xn--")) return label;
      const decoded = decodeLabel(label.slice(4));
      return decoded === null ? label : decoded;
    })
    .join(".");
}

function digitChar(d) {
  return String.fromCharCode(d < 26 ? d + 97 : d + 22); // 0-25 -> a-z, 26-35 -> 0-9
}

// encode one label to Punycode (without "xn--"), RFC 3492 section 6.3
export function encodeLabel(input) {
  const codes = Array.from(input, (c) => c.codePointAt(0));
  const output = codes.filter((c) => c < 0x80).map((c) => String.fromCharCode(c));
  const basic = output.length;
  let handled = basic;
  if (basic > 0) output.push("-");
  let n = INITIAL_N, delta = 0, bias = INITIAL_BIAS;
  while (handled < codes.length) {
    const m = Math.min(...codes.filter((c) => c >= n));
    delta += (m - n) * (handled + 1);
    n = m;
    for (const c of codes) {
      if (c < n) delta++;
      if (c !== n) continue;
      let q = delta;
      for (let k = BASE; ; k += BASE) {
        const t = k <= bias ? TMIN : k >= bias + TMAX ? TMAX : k - bias;
        if (q < t) break;
        output.push(digitChar(t + ((q - t) % (BASE - t))));
        q = Math.floor((q - t) / (BASE - t));
      }
      output.push(digitChar(q));
      bias = adapt(delta, handled + 1, handled === basic);
      delta = 0;
      handled++;
    }
    delta++;
    n++;
  }
  return output.join("");
}

// the ASCII form a browser's address bar may show: labels with other characters as "xn--" Punycode
export function toASCII(domain) {
  return domain
    .split(".")
    .map((label) => (Array.from(label).every((c) => c.codePointAt(0) < 0x80) ? label : `xn--${encodeLabel(label)}`))
    .join(".");
}
