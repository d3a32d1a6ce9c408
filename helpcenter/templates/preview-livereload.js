// The live preview's reload script (helpcenter/adapter/preview_server.py), served as a file so that the site's
// Content-Security-Policy (scripts from the site only) allows it. It waits on MkDocs' /livereload/ endpoint,
// which answers once a newer build is visible, then reloads the page.
(() => {
  const script = document.currentScript;
  const epoch = Number(script.dataset.epoch);
  const request = script.dataset.request;
  let pending;
  let timer;
  const poll = () => {
    pending = new XMLHttpRequest();
    pending.onloadend = function () {
      if (Number.parseFloat(this.responseText) > epoch) {
        location.reload();
      } else {
        timer = setTimeout(poll, this.status === 200 ? 0 : 3000);
      }
    };
    pending.open("GET", `/livereload/${epoch}/${request}`);
    pending.send();
  };
  const stop = () => {
    pending?.abort();
    clearTimeout(timer);
    pending = timer = undefined;
  };
  window.addEventListener("load", () => {
    if (document.visibilityState === "visible") poll();
  });
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") poll();
    else stop();
  });
  window.addEventListener("beforeunload", stop);
})();
