// "Was this article helpful?": a JSON POST to the site owner's endpoint (extra.helpcenter.feedback_endpoint).
// No endpoint: nothing is sent, and "No" offers the contact page. Offline or a failing endpoint: a quiet message,
// never a console error.
const root = document.querySelector("[data-hc-feedback]");

function show(selector, visible = true) {
  const element = root.querySelector(selector);
  if (element) element.hidden = !visible;
}

async function send(endpoint, payload) {
  if (!navigator.onLine) return false; // a request that cannot succeed would only log a network error
  try {
    const response = await fetch(endpoint, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(payload),
      credentials: "omit",
      keepalive: true,
    });
    return response.ok;
  } catch {
    return false;
  }
}

if (root) {
  const endpoint = root.getAttribute("data-endpoint") || "";
  const base = {
    article: root.getAttribute("data-article") || "",
    language: root.getAttribute("data-language") || document.documentElement.lang,
    url: window.location.pathname,
  };
  let done = false;

  async function finish(payload) {
    if (done) return;
    done = true;
    show("[data-hc-feedback-answers]", false);
    show("[data-hc-feedback-reasons]", false);
    const sent = endpoint ? await send(endpoint, payload) : true;
    show(sent ? "[data-hc-feedback-thanks]" : "[data-hc-feedback-failed]");
    if (!payload.helpful) show("[data-hc-feedback-contact]");
  }

  root.addEventListener("click", (event) => {
    const button = event.target.closest("[data-hc-feedback-answer]");
    if (!button || done) return;
    const helpful = button.getAttribute("data-hc-feedback-answer") === "yes";
    if (helpful || !endpoint) {
      finish({ ...base, helpful });
      return;
    }
    // "No" with an endpoint: ask for an optional reason first, and offer the contact page right away
    show("[data-hc-feedback-answers]", false);
    show("[data-hc-feedback-reasons]");
    show("[data-hc-feedback-contact]");
  });
  const reasons = root.querySelector("[data-hc-feedback-reasons]");
  if (reasons) {
    reasons.addEventListener("submit", (event) => {
      event.preventDefault();
      const reason = reasons.querySelector("input[name=reason]:checked");
      finish({ ...base, helpful: false, reason: reason ? reason.value : "" });
    });
  }
  root.hidden = false;
}
