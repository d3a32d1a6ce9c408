// Verifier page: checks what the reader pastes against the official list in the page. Never makes a request.
import { checkChannel } from "./verify-core.js";
import { fill } from "../placeholders.js";
import { readJson } from "./page-data.js";

function explain(reason, strings) {
  const values = { ...reason };
  if (reason.script) values.script = strings[`verify_script_${reason.script}`] || reason.script;
  return fill(strings[`verify_reason_${reason.key}`], values);
}

function render(box, result, strings) {
  box.replaceChildren();
  if (result.verdict === "empty") {
    box.textContent = strings.verify_empty;
    box.setAttribute("data-verdict", "empty");
    box.hidden = false;
    return;
  }
  const official = result.verdict === "official";
  const heading = document.createElement("p");
  heading.className = "hc-verify__verdict";
  heading.textContent = official ? strings.verify_official : strings.verify_not_official;
  box.append(heading);
  if (result.verdict === "impersonation") {
    const warning = document.createElement("p");
    warning.className = "hc-verify__warning";
    warning.textContent = strings.verify_impersonation;
    box.append(warning);
  }
  const checked = document.createElement("p");
  checked.className = "hc-verify__checked";
  const kind = strings[`verify_kind_${result.kind}`] || "";
  checked.append(`${strings.verify_checked_as}: ${kind ? `${kind} ` : ""}`);
  const code = document.createElement("code");
  code.textContent = result.checked;
  checked.append(code);
  box.append(checked);
  const list = document.createElement("ul");
  list.className = "hc-verify__reasons";
  for (const reason of result.reasons) {
    const item = document.createElement("li");
    item.setAttribute("data-reason", reason.key);
    item.textContent = explain(reason, strings);
    list.append(item);
  }
  box.append(list);
  box.setAttribute("data-verdict", result.verdict);
  box.className = `hc-verify__result hc-verify__result--${official ? "official" : "danger"}`;
  box.hidden = false;
}

const root = document.querySelector("[data-hc-verify]");
if (root) {
  const official = readJson(root.getAttribute("data-official") || "");
  const strings = readJson(root.getAttribute("data-strings") || "") || {};
  const form = root.querySelector("[data-hc-verify-form]");
  const box = root.querySelector("[data-hc-verify-result]");
  if (official && form && box) {
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      render(box, checkChannel(form.elements.channel.value, official), strings);
    });
    form.hidden = false;
    root.querySelector("[data-hc-verify-nojs]").hidden = true;
  }
}
