// DanVan's shared behaviour (the rich-text editor is core/editor.js). No inline scripts
// anywhere (the CSP forbids them).
(function () {
  "use strict";
  // Tree toggles: the first click loads the children through htmx, the next ones fold/unfold.
  document.addEventListener("htmx:beforeRequest", function (event) {
    var button = event.detail.elt;
    if (!button.classList || !button.classList.contains("toggle")) return;
    var list = button.parentElement.querySelector(":scope > .children");
    if (button.getAttribute("aria-expanded") === "true") {
      event.preventDefault();
      list.hidden = true;
      button.setAttribute("aria-expanded", "false");
      button.textContent = "+";
    } else if (list && list.childElementCount > 0) {
      event.preventDefault();
      list.hidden = false;
      button.setAttribute("aria-expanded", "true");
      button.textContent = "−";
    }
  });
  document.addEventListener("htmx:afterSwap", function (event) {
    var list = event.detail.target;
    var button = list.parentElement && list.parentElement.querySelector(":scope > .toggle");
    if (button) {
      list.hidden = false;
      button.setAttribute("aria-expanded", "true");
      button.textContent = "−";
    }
  });
})();
