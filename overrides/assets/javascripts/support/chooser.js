// The channel chooser: urgency, topic and VIP pick one of the routes the page already rendered (in its language).
function pick(form, name) {
  const checked = form.querySelector(`input[name="${name}"]:checked`);
  return checked ? checked.value : "";
}

export function setUpChooser(root, params) {
  const form = root.querySelector("[data-hc-chooser-form]");
  const result = root.querySelector("[data-hc-chooser-result]");
  const tables = root.querySelector("[data-hc-chooser-tables]");
  const routes = {};
  for (const row of root.querySelectorAll("[data-hc-urgency-row]")) routes[row.getAttribute("data-hc-urgency-row")] = row;
  const select = form.querySelector("select[name=topic]");
  const options = Array.from(select.options).map((o) => o.value);
  // arriving from an article: its category pre-selects the topic
  const wanted = params.get("topic");
  select.value = options.includes(wanted) ? wanted : root.getAttribute("data-topic-fallback") || options[0];

  function update() {
    const urgency = pick(form, "urgency");
    if (!urgency) {
      result.hidden = true;
      return;
    }
    const vip = pick(form, "vip") === "yes";
    const urgencyData = JSON.parse(form.getAttribute("data-routes"))[urgency];
    const channel = vip ? urgencyData.vip : urgencyData.regular;
    const freeze = result.querySelector("[data-hc-freeze]");
    if (freeze) freeze.hidden = !urgencyData.freeze;
    for (const block of result.querySelectorAll("[data-hc-route]")) block.hidden = block.getAttribute("data-hc-route") !== channel;
    for (const block of result.querySelectorAll("[data-hc-prepare]")) block.hidden = block.getAttribute("data-hc-prepare") !== select.value;
    result.hidden = false;
  }

  form.addEventListener("change", update);
  form.addEventListener("submit", (event) => event.preventDefault());
  form.hidden = false;
  tables.hidden = true;
  update();
  return { update, routes };
}
