// Opening hours in the channel's zone: open now, next opening, holidays, daylight saving, reader-zone text.
import { test } from "node:test";
import assert from "node:assert/strict";
import { localHours, relativeParts, status, zonedTime } from "../../overrides/assets/javascripts/support/hours.js";

const WEEKDAYS = [1, 2, 3, 4, 5];
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

test("Tokyo hours shown in New York time, in the reader's language", () => {
  const lines = localHours(tokyo, new Date("2026-11-18T01:00:00Z"), "en-US", "America/New_York");
  // Wednesday 09:00-18:00 in Tokyo is Tuesday 19:00 to Wednesday 04:00 in New York
  assert.equal(lines.length, 6); // the opening in progress, then the next five
  assert.match(lines[0], /Tue.*7:00\sPM.*Wed.*4:00\sAM/);
  const japanese = localHours(tokyo, new Date("2026-11-18T01:00:00Z"), "ja", "Asia/Tokyo");
  assert.match(japanese[0], /水.*9(:|時)00.*18(:|時)00/);
});
