// An announcement's "Starts 1 December 2026" label was chosen against the build date; the site may be served for
// days after it is built. Relabel it against the reader's own today: "Started ..." once the day has come.
export function isUpcoming(starts, today) {
  return today < starts; // both ISO dates (YYYY-MM-DD), which compare as text
}

export function localToday(now = new Date()) {
  const pad = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const today = localToday();
for (const badge of document.querySelectorAll("[data-hc-starts]")) {
  const upcoming = isUpcoming(badge.getAttribute("data-hc-starts"), today);
  badge.setAttribute("data-hc-upcoming", upcoming ? "true" : "false");
  badge.textContent = badge.getAttribute(upcoming ? "data-label-upcoming" : "data-label-started");
}
