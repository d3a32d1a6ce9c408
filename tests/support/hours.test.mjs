// Opening hours in the channel's zone: open now, next opening, holidays, daylight saving, reader-zone text.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openingText, relativeParts, status, weeklyHours, zonedTime } from "../../overrides/assets/javascripts/support/hours.js";

const WEEKDAYS = [1, 2, 3, 4, 5];
// ICU versions differ in the space before AM/PM (U+202F in newer ones)
const plain = (lines) => lines.map((line) => line.replace(/\u202f/g, " "));
const tokyo = { zone: "Asia/Tokyo", weekly: [{ days: WEEKDAYS, open: "09:00", close: "18:00" }], closed: ["2026-12-31", "2027-01-01", "2027-01-02", "2027-01-03"] };
const madrid = { zone: "Europe/Madrid", weekly: [{ days: WEEKDAYS, open: "09:00", close: "18:00" }], closed: [] };

test("wall time in a zone to an instant, across daylight saving", () => {
  assert.equal(zonedTime(2026, 11, 18, 9, 0, "Asia/Tokyo").toISOString(), "2026-11-18T00:00:00.000Z");
  assert.equal(zonedTime(2026, 10, 23, 9, 0, "Europe/Madrid").toISOString(), "2026-10-23T07:00:00.000Z");
  assert.equal(zonedTime(2026, 10, 26, 9, 0, "Europe/Madrid").toISOString(), "2026-10-26T08:00:00.000Z");
  assert.equal(zonedTime(2026, 3, 9, 9, 0, "America/New_York").toISOString(), "2026-03-09T13:00:00.000Z");
});

test("open on a Wednesday morning in Tokyo, closing at 18:00 Tokyo time", () => {
  const result = status(tokyo, new Date("2026-11-18T01:00:00Z"));
  assert.equal(result.open, true);
  assert.equal(result.closesAt.toISOString(), "2026-11-18T09:00:00.000Z");
});

test("closed on Saturday, opens Monday 09:00 Tokyo time", () => {
  const result = status(tokyo, new Date("2026-11-21T06:36:00Z"));
  assert.equal(result.open, false);
  assert.equal(result.opensAt.toISOString(), "2026-11-23T00:00:00.000Z");
});

test("closed on a holiday, opens after the new-year closure", () => {
  const result = status(tokyo, new Date("2026-12-31T02:00:00Z"));
  assert.equal(result.open, false);
  assert.equal(result.opensAt.toISOString(), "2027-01-04T00:00:00.000Z");
});

test("opening and closing are exact: open at 09:00, closed at 18:00", () => {
  assert.equal(status(madrid, new Date("2026-10-26T08:00:00Z")).open, true);
  assert.equal(status(madrid, new Date("2026-10-26T07:59:00Z")).open, false);
  assert.equal(status(madrid, new Date("2026-10-26T17:00:00Z")).open, false);
});

test("always open", () => {
  assert.deepEqual(status({ always: true }, new Date()), { open: true, always: true, closesAt: null, opensAt: null });
});

test("relative time units", () => {
  const now = new Date("2026-11-21T06:00:00Z");
  assert.deepEqual(relativeParts(now, new Date("2026-11-21T06:25:00Z")), [25, "minute"]);
  assert.deepEqual(relativeParts(now, new Date("2026-11-21T09:00:00Z")), [3, "hour"]);
  assert.deepEqual(relativeParts(now, new Date("2026-11-23T00:00:00Z")), [42, "hour"]);
  assert.deepEqual(relativeParts(now, new Date("2026-11-25T06:00:00Z")), [4, "day"]);
});

test("Tokyo hours shown in New York time, in the reader's language: an overnight opening names both days", () => {
  const lines = weeklyHours(tokyo, new Date("2026-11-18T01:00:00Z"), "en-US", "America/New_York");
  // Monday to Friday 09:00-18:00 in Tokyo is 19:00 to 04:00 the next day in New York, Sunday to Thursday
  assert.equal(lines.length, 5);
  assert.match(lines[0], /^Mon 7:00\sPM – Tue 4:00\sAM$/);
  assert.deepEqual(lines.map((line) => line.slice(0, 3)), ["Mon", "Tue", "Wed", "Thu", "Sun"]);
  const japanese = weeklyHours(tokyo, new Date("2026-11-18T01:00:00Z"), "ja", "Asia/Tokyo");
  assert.deepEqual(japanese, ["月–金 9:00 – 18:00"]);
});

test("midnight carries its day period: never '12:00 – 9:00 AM'", () => {
  const lines = plain(weeklyHours(tokyo, new Date("2026-11-18T01:00:00Z"), "en-US", "UTC"));
  assert.deepEqual(lines, ["Mon–Fri 12:00 AM – 9:00 AM"]);
  assert.doesNotMatch(lines[0], /12:00 –/);
});

test("each weekday once, on a Friday too, and one clock per locale", () => {
  const friday = new Date("2026-11-20T10:00:00Z"); // Friday, open in Madrid
  assert.deepEqual(plain(weeklyHours(madrid, friday, "en-US", "UTC")), ["Mon–Fri 8:00 AM – 5:00 PM"]);
  const spanish = weeklyHours(madrid, friday, "es", "UTC");
  assert.deepEqual(spanish, ["lun–vie 8:00 – 17:00"]);
  const own = weeklyHours(madrid, friday, "es", "Europe/Madrid");
  assert.deepEqual(own, ["lun–vie 9:00 – 18:00"]);
  for (const line of [...spanish, ...own]) assert.doesNotMatch(line, /AM|PM|a\.\s?m\.|p\.\s?m\./);
});

test("a holiday in the coming week does not remove its weekday from the weekly hours", () => {
  // 2026-12-31 (Thursday) to 2027-01-03 are closed: the weekly hours still read Monday to Friday
  assert.deepEqual(plain(weeklyHours(tokyo, new Date("2026-12-29T01:00:00Z"), "en-US", "Asia/Tokyo")), [
    "Mon–Fri 9:00 AM – 6:00 PM",
  ]);
});

test("the next opening as a day and a time in the reader's language, not 'in 2 days'", () => {
  const friday = new Date("2026-11-20T18:00:00Z"); // Friday 19:00 in Madrid: closed until Monday 09:00
  const next = status(madrid, friday).opensAt;
  assert.equal(next.toISOString(), "2026-11-23T08:00:00.000Z");
  assert.equal(plain([openingText(next, "en-US", "UTC")])[0], "Mon 8:00 AM");
  assert.match(openingText(next, "zh", "UTC"), /周一.*8:00/);
  assert.match(openingText(next, "ja", "Asia/Tokyo"), /^(?=.*月)(?=.*17:00)/);
});
