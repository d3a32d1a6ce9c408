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

// One clock per locale, as Intl gives it (en 9:00 AM, es 9:00, zh 09:00, ko 오전 9:00). Start and end are formatted
// apart, never as a range: a range shares the day period ("12:00 – 9:00 AM") and hides that 12:00 is midnight.
function clock(locale, zone) {
  const options = { hour: "numeric", minute: "2-digit" };
  if (zone) options.timeZone = zone;
  return new Intl.DateTimeFormat(locale, options);
}

function weekdayName(locale, zone) {
  const options = { weekday: "short" };
  if (zone) options.timeZone = zone;
  return new Intl.DateTimeFormat(locale, options);
}

// 1 (Monday) .. 7 (Sunday) of an instant on the wall in `zone` (the reader's own zone when none)
function isoWeekday(date, zone) {
  const options = { weekday: "short" };
  if (zone) options.timeZone = zone;
  const name = new Intl.DateTimeFormat("en-US", options).format(date);
  return ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].indexOf(name) + 1;
}

// "Mon 9:00 AM" in the reader's language and zone: when a closed channel opens next
export function openingText(date, locale, readerZone) {
  const options = { weekday: "short", hour: "numeric", minute: "2-digit" };
  if (readerZone) options.timeZone = readerZone;
  return new Intl.DateTimeFormat(locale, options).format(date);
}

// The weekly hours as the wall clock in `readerZone` (the reader's own when none) shows them, one line per run of
// days with the same hours, Monday first: ["Mon–Fri 12:00 AM – 9:00 AM"]. Each weekday once, whatever the holidays
// of the coming days (the page lists closures apart); an opening that ends on the next day names both days.
export function weeklyHours(schedule, now, locale, readerZone) {
  if (schedule.always) return [];
  const today = partsIn(now, schedule.zone);
  const time = clock(locale, readerZone);
  const day = weekdayName(locale, readerZone);
  const openings = [];
  for (let k = 0; k < 7; k++) {
    const date = new Date(Date.UTC(today.year, today.month - 1, today.day + k));
    const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    const weekday = date.getUTCDay() === 0 ? 7 : date.getUTCDay();
    for (const rule of schedule.weekly) {
      if (!rule.days.includes(weekday)) continue;
      const start = zonedTime(y, m, d, ...hhmm(rule.open), schedule.zone);
      const end = zonedTime(y, m, d, ...hhmm(rule.close), schedule.zone);
      const first = isoWeekday(start, readerZone);
      const overnight = isoWeekday(new Date(end.getTime() - 1), readerZone) !== first;
      openings.push({
        first, overnight, start,
        hours: overnight
          ? `${time.format(start)} – ${day.format(end)} ${time.format(end)}`
          : `${time.format(start)} – ${time.format(end)}`,
      });
    }
  }
  const byTime = (date) => {
    const p = partsIn(date, readerZone || Intl.DateTimeFormat().resolvedOptions().timeZone);
    return p.hour * 60 + p.minute;
  };
  openings.sort((a, b) => a.first - b.first || byTime(a.start) - byTime(b.start));
  const runs = [];
  for (const opening of openings) {
    const run = runs.at(-1);
    if (run && !opening.overnight && !run.overnight && run.hours === opening.hours && run.last === opening.first - 1) {
      run.last = opening.first;
    } else {
      runs.push({ ...opening, last: opening.first });
    }
  }
  return runs.map((run) => {
    const from = day.format(run.start);
    if (run.last === run.first) return `${from} ${run.hours}`;
    const to = day.format(new Date(run.start.getTime() + (run.last - run.first) * DAY));
    return `${from}–${to} ${run.hours}`;
  });
}
