// Opening hours in the channel's IANA zone -> instants, "open now" and the next opening, with Intl only.
// Pure: no DOM. Schedule: {always: true} or {zone, weekly: [{days: [1..7 (Mon=1)], open: "HH:MM", close}], closed}.

const MINUTE = 60 * 1000;
const DAY = 24 * 60 * MINUTE;
const partsFormatters = new Map();

function partsIn(date, zone) {
  let format = partsFormatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone: zone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit",
      hour: "2-digit", minute: "2-digit", second: "2-digit",
    });
    partsFormatters.set(zone, format);
  }
  const parts = {};
  for (const { type, value } of format.formatToParts(date)) parts[type] = Number(value);
  return parts;
}

// minutes the zone is ahead of UTC at that instant
export function zoneOffset(date, zone) {
  const p = partsIn(date, zone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour % 24, p.minute, p.second);
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / MINUTE);
}

// the instant when the clock on the wall in `zone` shows that date and time
export function zonedTime(year, month, day, hour, minute, zone) {
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  const first = guess - zoneOffset(new Date(guess), zone) * MINUTE;
  const second = guess - zoneOffset(new Date(first), zone) * MINUTE;
  return new Date(second);
}

function hhmm(text) {
  const [h, m] = text.split(":").map(Number);
  return [h, m];
}

function isoDate(y, m, d) {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

// opening intervals [{start, end}] from `daysBefore` days before to `daysAfter` days after `now`, sorted
export function intervals(schedule, now, daysBefore = 7, daysAfter = 14) {
  if (schedule.always) return [];
  const today = partsIn(now, schedule.zone);
  const closed = new Set(schedule.closed || []);
  const result = [];
  for (let k = -daysBefore; k <= daysAfter; k++) {
    const day = new Date(Date.UTC(today.year, today.month - 1, today.day + k));
    const [y, m, d] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
    if (closed.has(isoDate(y, m, d))) continue;
    const weekday = day.getUTCDay() === 0 ? 7 : day.getUTCDay();
    for (const rule of schedule.weekly) {
      if (!rule.days.includes(weekday)) continue;
      const [oh, om] = hhmm(rule.open);
      const [ch, cm] = hhmm(rule.close);
      result.push({ start: zonedTime(y, m, d, oh, om, schedule.zone), end: zonedTime(y, m, d, ch, cm, schedule.zone) });
    }
  }
  return result.sort((a, b) => a.start - b.start);
}

// {open, always, closesAt, opensAt}: opensAt is the next opening when closed (null if none within two weeks)
export function status(schedule, now) {
  if (schedule.always) return { open: true, always: true, closesAt: null, opensAt: null };
  const spans = intervals(schedule, now);
  const current = spans.find((s) => s.start <= now && now < s.end);
  if (current) return { open: true, always: false, closesAt: current.end, opensAt: null };
  const next = spans.find((s) => s.start > now);
  return { open: false, always: false, closesAt: null, opensAt: next ? next.start : null };
}

// the amount and unit Intl.RelativeTimeFormat needs for the time until `later`
export function relativeParts(now, later) {
  const minutes = Math.max(1, Math.round((later - now) / MINUTE));
  if (minutes < 60) return [minutes, "minute"];
  const hours = Math.round(minutes / 60);
  if (hours < 48) return [hours, "hour"];
  return [Math.round(minutes / (60 * 24)), "day"];
}

// the coming week's openings, as text in the reader's own zone (or `readerZone`) and language
export function localHours(schedule, now, locale, readerZone) {
  if (schedule.always) return [];
  const options = { weekday: "short", hour: "2-digit", minute: "2-digit" };
  if (readerZone) options.timeZone = readerZone;
  const format = new Intl.DateTimeFormat(locale, options);
  const horizon = new Date(now.getTime() + 7 * DAY);
  return intervals(schedule, now, 1, 8)
    .filter((s) => s.end > now && s.start < horizon)
    .map((s) => format.formatRange(s.start, s.end));
}
