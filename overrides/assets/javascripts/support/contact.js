// Contact page: "open now" / "opens in ..." and each channel's hours in the reader's own time zone, and the chooser.
import { localHours, relativeParts, status } from "./hours.js";
import { setUpChooser } from "./chooser.js";
import { fill } from "../placeholders.js";
import { readJson } from "./page-data.js";

const language = document.documentElement.lang || "en";

function stringsOf(root) {
  return readJson(root.getAttribute("data-strings") || "") || {};
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
  } else if (state.opensAt) {
    text = fill(strings.support_status_opens, { relative: relative.format(...relativeParts(now, state.opensAt)) });
  } else {
    text = strings.support_status_closed;
  }
  badge.textContent = text;
  badge.setAttribute("data-open", state.open ? "true" : "false");
  badge.hidden = false;
  if (schedule.always) return;
  const local = card.querySelector("[data-hc-hours-local]");
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!local || zone === schedule.zone) return; // the reader is in the channel's zone: the page already says it
  local.querySelector("[data-hc-local-zone]").textContent = fill(strings.support_your_time, { zone });
  const list = local.querySelector("[data-hc-local-lines]");
  list.replaceChildren(
    ...localHours(schedule, now, language).map((line) => {
      const item = document.createElement("li");
      item.textContent = line;
      return item;
    }),
  );
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
