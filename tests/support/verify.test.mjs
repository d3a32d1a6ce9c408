// The official-channel verifier, in Node: a table of inputs and the verdict and reasons each must get.
// Run by tests/support/test_js.py, which passes the official list built from data/support-channels.yml.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { domainToASCII } from "node:url";
import { checkChannel, normalizeHost, spellingParts } from "../../overrides/assets/javascripts/support/verify-core.js";
import { decodeLabel, encodeLabel, toASCII, toUnicode } from "../../overrides/assets/javascripts/support/punycode.js";

const official = JSON.parse(readFileSync(process.env.HC_OFFICIAL_JSON, "utf-8"));
const CYRILLIC_A = "\u0430";
const CYRILLIC_O = "\u043e";

// [input, verdict, kind, reason keys (in order)]
const TABLE = [
  ["https://www.corvexa.example", "official", "domain", ["listed"]],
  ["corvexa.example", "official", "domain", ["listed"]],
  ["HTTPS://HELP.CORVEXA.EXAMPLE/verify/", "official", "domain", ["listed"]],
  ["www.corvexa.example.", "official", "domain", ["listed"]],
  ["https://api.corvexa.example:443/api/v3", "official", "domain", ["listed"]],
  ["community.corvexa.example", "official", "domain", ["listed"]],
  ["support@corvexa.example", "official", "email", ["listed"]],
  ["mailto:VIP@Corvexa.Example", "official", "email", ["listed"]],
  ["+81 3 4586 0100", "official", "phone", ["listed"]],
  ["0034 910 555 010", "official", "phone", ["listed"]],
  ["@Corvexa", "official", "handle", ["listed"]],
  ["@corvexasupport", "official", "handle", ["listed"]],
  ["https://t.me/corvexa_official", "official", "handle", ["listed", "telegram"]],
  ["https://twitter.com/CorvexaSupport", "official", "handle", ["listed"]],
  ["https://www.facebook.com/corvexa", "official", "handle", ["listed"]],
  ["c0rvexa.example", "impersonation", "domain", ["digit"]],
  ["https://www.c0rvexa.example/login", "impersonation", "domain", ["digit"]],
  ["corv3xa.example", "impersonation", "domain", ["digit"]],
  [`c${CYRILLIC_O}rvexa.example`, "impersonation", "domain", ["confusable"]],
  [`corvex${CYRILLIC_A}.example`, "impersonation", "domain", ["confusable"]],
  [`https://${domainToASCII(`corvex${CYRILLIC_A}.example`)}/`, "impersonation", "domain", ["confusable"]],
  ["corvexa.example.evil.io", "impersonation", "domain", ["brand_inside"]],
  ["https://corvexa.example.account-check.example/login", "impersonation", "domain", ["brand_inside"]],
  ["corvexa-support.com", "impersonation", "domain", ["brand_inside"]],
  ["corvexa.com", "impersonation", "domain", ["brand_inside"]],
  ["https://corvexa.example@evil.io/login", "impersonation", "domain", ["userinfo"]],
  ["corvexxa.example", "impersonation", "domain", ["similar"]],
  ["login.corvexa.example", "not_official", "domain", ["unlisted_subdomain"]],
  ["example.org", "not_official", "domain", ["not_listed"]],
  ["help@corvexa.example", "not_official", "email", ["not_listed"]],
  ["support@c0rvexa.example", "impersonation", "email", ["digit"]],
  ["corvexa.support@gmail.example", "impersonation", "email", ["brand_inside"]],
  ["@C0rvexa", "impersonation", "handle", ["digit"]],
  [`@C${CYRILLIC_O}rvexaSupport`, "impersonation", "handle", ["confusable"]],
  ["@corvexa_help", "impersonation", "handle", ["brand_inside"]],
  ["https://t.me/corvexa_support_desk", "impersonation", "handle", ["brand_inside"]],
  ["https://x.com/corvexa_official", "impersonation", "handle", ["brand_inside"]],
  ["@someone", "not_official", "handle", ["not_listed"]],
  ["+81 3 4586 0199", "not_official", "phone", ["not_listed"]],
  ["   ", "empty", "", []],
];

test("the table has at least 30 inputs", () => {
  assert.ok(TABLE.length >= 30, `${TABLE.length} inputs`);
});

for (const [input, verdict, kind, reasons] of TABLE) {
  test(`${JSON.stringify(input)} -> ${verdict}`, () => {
    const result = checkChannel(input, official);
    assert.equal(result.verdict, verdict, JSON.stringify(result));
    assert.equal(result.kind, kind, JSON.stringify(result));
    assert.deepEqual(result.reasons.map((r) => r.key), reasons, JSON.stringify(result));
  });
}

test("explanations carry what the reader must see", () => {
  const cyrillic = checkChannel(`corvex${CYRILLIC_A}.example`, official).reasons[0];
  assert.deepEqual(cyrillic, { key: "confusable", char: CYRILLIC_A, latin: "a", script: "cyrillic" });
  assert.deepEqual(checkChannel("c0rvexa.example", official).reasons[0], { key: "digit", digit: "0", letter: "o" });
  const inside = checkChannel("corvexa.example.evil.io", official).reasons[0];
  assert.deepEqual(inside, { key: "brand_inside", brand: "corvexa.example", owner: "evil.io" });
});

test("normalization: case, www., trailing dots, punycode, full-width dots", () => {
  assert.equal(normalizeHost("WWW.Corvexa.Example..."), "corvexa.example");
  assert.equal(normalizeHost("xn--crvexa-wqf.example"), `c${CYRILLIC_O}rvexa.example`);
  assert.equal(normalizeHost("help\u3002corvexa\u3002example"), "help.corvexa.example");
});

test("punycode decoder agrees with Node's own", () => {
  for (const domain of ["bücher.de", "корвекса.рф", "例え.テスト", "ñandú.es", `c${CYRILLIC_O}rvexa.example`]) {
    assert.equal(toUnicode(domainToASCII(domain)), domain);
  }
  assert.equal(decodeLabel("!!!"), null);
});

test("punycode encoder agrees with Node's own", () => {
  for (const domain of ["bücher.de", "корвекса.рф", "例え.テスト", "ñandú.es", `corvex${CYRILLIC_A}.example`, "a-ü-b.example"]) {
    assert.equal(toASCII(domain), domainToASCII(domain), domain);
  }
  assert.equal(toASCII("corvexa.example"), "corvexa.example");
  assert.equal(encodeLabel("ü"), "tda");
});

test("the look-alike characters are marked where they stand, with what they imitate", () => {
  const cyrillic = checkChannel(`https://corvex${CYRILLIC_A}.example/login`, official);
  assert.deepEqual(cyrillic.parts, [
    { text: "corvex" },
    { text: CYRILLIC_A, mark: "confusable", latin: "a", script: "cyrillic" },
    { text: ".example" },
  ]);
  assert.equal(cyrillic.ascii, domainToASCII(`corvex${CYRILLIC_A}.example`));
  assert.match(cyrillic.ascii, /^xn--/);
  // pasted in Punycode, it is spelled out in Unicode and still marked
  const pasted = checkChannel(domainToASCII(`c${CYRILLIC_O}rvexa.example`), official);
  assert.deepEqual(pasted.parts.filter((p) => p.mark).map((p) => p.text), [CYRILLIC_O]);
  const digits = checkChannel("c0rv3xa.example", official);
  assert.deepEqual(digits.parts.filter((p) => p.mark).map((p) => [p.text, p.latin]), [["0", "o"], ["3", "e"]]);
  assert.equal(digits.ascii, "", "an ASCII name has no second form");
  const email = checkChannel(`support@c${CYRILLIC_O}rvexa.example`, official);
  assert.equal(email.ascii, `support@${domainToASCII(`c${CYRILLIC_O}rvexa.example`)}`);
  const fine = checkChannel("corvexa.example", official);
  assert.deepEqual(fine.parts, [{ text: "corvexa.example" }]);
  assert.equal(fine.ascii, "");
});

test("every occurrence of a marked character is marked; the rest stays in runs", () => {
  const reasons = [{ key: "confusable", char: CYRILLIC_O, latin: "o", script: "cyrillic" }];
  const parts = spellingParts(`c${CYRILLIC_O}rvexa.c${CYRILLIC_O}m`, reasons);
  assert.deepEqual(parts.map((p) => p.text), ["c", CYRILLIC_O, "rvexa.c", CYRILLIC_O, "m"]);
  assert.deepEqual(spellingParts("", reasons), []);
});
