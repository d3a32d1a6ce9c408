// Contact page: "open now" / "opens Mon 9:00 AM" and each channel's hours in the reader's own time zone, and the
// chooser.
import { openingText, relativeParts, status, weeklyHours } from "./hours.js";
import { setUpChooser } from "./chooser.js";
import { fill } from "../placeholders.js";
import { readJson } from "./page-data.js";

const language = document.documentElement.lang || "en";

function stringsOf(root) {
  return readJson(root.getAttribute("data-strings") || "") || {};
}

function fillLines(list, lines) {
  list.replaceChildren(
    ...lines.map((line) => {
      const item = document.createElement("li");
      item.textContent = line;
      return item;
    }),
  );
}

function showHours(card, strings, now) {
  const schedule = readJson(card.getAttribute("data-schedule") || "");
  if (!schedule) return;
  const state = status(schedule, now);
  const badge = card.querySelector("[data-hc-status]");
  const relative = new Intl.RelativeTimeFormat(language, { numeric: "auto" });
  let text;
  if (state.open) {
    text = strings.support_status_open;
    if (state.closesAt) text += ` · ${fill(strings.support_status_closes, { relative: relative.format(...relativeParts(now, state.closesAt)) })}`;
  } else if (state.opensAt && state.opensAt - now < 60 * 60 * 1000) {
    text = fill(strings.support_status_opens, { relative: relative.format(...relativeParts(now, state.opensAt)) });
  } else if (state.opensAt) {
    // a day and a time, never "in 2 days": counting days across a weekend points at the wrong one
    text = fill(strings.support_status_opens_at, { time: openingText(state.opensAt, language) });
  } else {
    text = strings.support_status_closed;
  }
  badge.textContent = text;
  badge.setAttribute("data-open", state.open ? "true" : "false");
  badge.hidden = false;
  if (schedule.always) return;
  // the channel's own hours in the same clock as the reader's (the page's text is the build's CLDR; Intl's wins)
  const own = card.querySelector("[data-hc-hours-own] .hc-channel__hours");
  if (own) fillLines(own, weeklyHours(schedule, now, language, schedule.zone));
  const local = card.querySelector("[data-hc-hours-local]");
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!local || zone === schedule.zone) return; // the reader is in the channel's zone: the page already says it
  local.querySelector("[data-hc-local-zone]").textContent = fill(strings.support_your_time, { zone });
  fillLines(local.querySelector("[data-hc-local-lines]"), weeklyHours(schedule, now, language));
  local.hidden = false;
}

const root = document.querySelector("[data-hc-contact]");
if (root) {
  const strings = stringsOf(root);
  const refresh = () => {
    const now = new Date();
    for (const card of root.querySelectorAll("[data-hc-channel]")) showHours(card, strings, now);
  };
  refresh();
  setInterval(refresh, 60 * 1000);
}
const chooser = document.querySelector("[data-hc-chooser]");
if (chooser) setUpChooser(chooser, new URLSearchParams(window.location.search));
