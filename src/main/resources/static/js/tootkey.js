// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";

  function onReady(fn) {
    if (document.readyState !== "loading") { fn(); } else { document.addEventListener("DOMContentLoaded", fn); }
  }

  function valueOf(el) {
    return (el.tagName === "INPUT" || el.tagName === "TEXTAREA") ? el.value : el.textContent;
  }

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "absolute";
    area.style.left = "-9999px";
    document.body.appendChild(area);
    area.select();
    try { document.execCommand("copy"); } finally { document.body.removeChild(area); }
    return Promise.resolve();
  }

  onReady(function () {
    // The wizard's time limit, on every wizard page: shortly before it runs out say so, and
    // when it has, say that too. The region is a polite live region (role=status): it is
    // announced, and focus stays where the person is.
    var timer = document.querySelector("[data-session-warning]");
    if (timer) {
      var left = parseInt(timer.getAttribute("data-seconds-left"), 10);
      var lead = parseInt(timer.getAttribute("data-warn-seconds"), 10) || 120;
      var soon = timer.querySelector("[data-session-soon]");
      var ended = timer.querySelector("[data-session-ended]");
      if (left >= 0 && soon && ended) {
        window.setTimeout(function () { soon.hidden = false; }, Math.max(0, left - lead) * 1000);
        window.setTimeout(function () { soon.hidden = true; ended.hidden = false; }, left * 1000);
      }
    }
    // The show-once page: until something was copied or downloaded, leaving it asks first.
    // Links that open a new tab don't leave it. Without this file the page says it in words.
    var guard = document.querySelector("[data-leave-guard]");
    var saved = !guard;
    var markSaved = function () { saved = true; };
    if (guard) {
      document.addEventListener("copy", markSaved);
      window.addEventListener("beforeunload", function (event) {
        if (saved) { return; }
        event.preventDefault();
        event.returnValue = guard.getAttribute("data-leave-text") || "";
        return event.returnValue;
      });
    }

    var status = document.querySelector("[data-copy-status]");
    // The word comes from the page, in the page's language.
    var copiedWord = (status && status.getAttribute("data-copied-text")) || "";

    document.querySelectorAll("[data-copy]").forEach(function (button) {
      var target = document.getElementById(button.getAttribute("data-copy"));
      if (!target) { return; }
      button.hidden = false;
      button.addEventListener("click", function () {
        copyText(valueOf(target)).then(function () {
          markSaved();
          button.setAttribute("data-copied", "");
          if (status) { status.textContent = ""; status.textContent = copiedWord; }
          setTimeout(function () { button.removeAttribute("data-copied"); }, 2000);
        });
      });
    });

    // "Download .env": built here in the browser, no request to the server.
    document.querySelectorAll("[data-download-env]").forEach(function (button) {
      var source = document.querySelector("[data-snippet='env']");
      if (!source) { return; }
      button.hidden = false;
      button.addEventListener("click", function () {
        markSaved();
        var blob = new Blob([source.textContent], { type: "text/plain" });
        var link = document.createElement("a");
        link.href = URL.createObjectURL(blob);
        link.download = button.getAttribute("data-download-env");
        document.body.appendChild(link);
        link.click();
        setTimeout(function () { URL.revokeObjectURL(link.href); document.body.removeChild(link); }, 0);
      });
    });

    // Permissions: show the one-by-one list only when "Choose myself" is picked.
    var custom = document.querySelector("[data-custom-scopes]");
    var radios = document.querySelectorAll("[data-preset]");
    if (custom && radios.length) {
      var sync = function () {
        var chosen = document.querySelector("[data-preset]:checked");
        if (chosen && chosen.value === "custom") { custom.removeAttribute("data-hidden"); }
        else { custom.setAttribute("data-hidden", ""); }
      };
      radios.forEach(function (r) { r.addEventListener("change", sync); });
      if (!custom.querySelector(".error-message")) { sync(); }
    }

    // Switching language keeps what was typed and chosen: the page's form is remembered for
    // this tab (sessionStorage, never the server) and filled in again on the same page.
    // Secrets are not kept: no password fields, no CSRF token.
    var form = document.querySelector("main form[method=post]");
    var storeKey = "tootkey.form:" + location.pathname;
    if (form && window.sessionStorage) {
      var kept = sessionStorage.getItem(storeKey);
      if (kept) {
        sessionStorage.removeItem(storeKey);
        try {
          var values = JSON.parse(kept);
          Array.prototype.forEach.call(form.elements, function (field) {
            if (!field.name || !(field.name in values)) { return; }
            var wanted = values[field.name];
            if (field.type === "radio" || field.type === "checkbox") {
              field.checked = wanted.indexOf(field.value) >= 0;
              field.dispatchEvent(new Event("change"));
            } else if (field.type !== "password" && field.type !== "hidden") {
              field.value = wanted[0];
            }
          });
        } catch (ignored) { /* a stale or foreign entry: keep the page as it came */ }
      }
      document.querySelectorAll("nav.languages a").forEach(function (link) {
        link.addEventListener("click", function () {
          var values = {};
          Array.prototype.forEach.call(form.elements, function (field) {
            if (!field.name || field.type === "password" || field.type === "hidden" || field.type === "submit") { return; }
            if ((field.type === "radio" || field.type === "checkbox") && !field.checked) {
              values[field.name] = values[field.name] || [];
              return;
            }
            (values[field.name] = values[field.name] || []).push(field.value);
          });
          try { sessionStorage.setItem(storeKey, JSON.stringify(values)); } catch (ignored) { /* storage full or off */ }
        });
      });
    }

    // Error summary: move focus there so screen readers announce it.
    var summary = document.querySelector("[data-error-summary]");
    if (summary) { summary.focus(); }
  });
})();
