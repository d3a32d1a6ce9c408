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
  code.className = "hc-verify__spelling";
  // the characters the reasons name, marked where they stand in the name
  for (const part of result.parts) {
    if (!part.mark) {
      code.append(part.text);
      continue;
    }
    const mark = document.createElement("mark");
    mark.className = "hc-verify__mark";
    mark.setAttribute("data-mark", part.mark);
    mark.textContent = part.text;
    code.append(mark);
  }
  checked.append(code);
  box.append(checked);
  if (result.parts.some((part) => part.mark)) {
    const marked = document.createElement("p");
    marked.className = "hc-verify__note";
    marked.textContent = strings.verify_marked;
    box.append(marked);
  }
  if (result.ascii) {
    // what the name really is, in the form an address bar may show (xn--...)
    const ascii = document.createElement("p");
    ascii.className = "hc-verify__ascii";
    const [before, after = ""] = (strings.verify_ascii || "{ascii}").split("{ascii}");
    const value = document.createElement("code");
    value.setAttribute("data-hc-ascii", "");
    value.textContent = result.ascii;
    ascii.append(before, value, after);
    box.append(ascii);
  }
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
