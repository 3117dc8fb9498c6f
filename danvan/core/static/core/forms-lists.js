// Forms and lists: the main menu's disclosure menus, the calendar button beside every date
// input, and the searchable unit tree. No inline script anywhere (the CSP forbids it); every
// part works without this file too (menus excepted: their links are also on the home page).
(function () {
  "use strict";

  // ---- Main menu: buttons that open a list of links (WAI-ARIA disclosure pattern). ----
  function menuItems(menu) {
    return Array.prototype.slice.call(menu.querySelectorAll(".submenu a"));
  }

  function closeMenu(menu, focusButton) {
    var button = menu.querySelector(".menu-button");
    var list = menu.querySelector(".submenu");
    if (!button || !list) return;
    button.setAttribute("aria-expanded", "false");
    list.hidden = true;
    if (focusButton) button.focus();
  }

  function openMenu(menu) {
    document.querySelectorAll(".mainnav .menu").forEach(function (other) {
      if (other !== menu) closeMenu(other, false);
    });
    menu.querySelector(".menu-button").setAttribute("aria-expanded", "true");
    menu.querySelector(".submenu").hidden = false;
  }

  function setUpMenus() {
    document.querySelectorAll(".mainnav .menu").forEach(function (menu) {
      var button = menu.querySelector(".menu-button");
      button.addEventListener("click", function () {
        if (button.getAttribute("aria-expanded") === "true") closeMenu(menu, false);
        else openMenu(menu);
      });
      button.addEventListener("keydown", function (event) {
        if (event.key === "ArrowDown") {
          event.preventDefault();
          openMenu(menu);
          var items = menuItems(menu);
          if (items.length) items[0].focus();
        }
      });
      menu.addEventListener("keydown", function (event) {
        if (event.key === "Escape") {
          if (button.getAttribute("aria-expanded") === "true") {
            event.preventDefault();
            closeMenu(menu, true);
          }
          return;
        }
        if (event.target === button) return; // handled above
        var items = menuItems(menu);
        var at = items.indexOf(document.activeElement);
        if (at < 0) return;
        if (event.key === "ArrowDown" || event.key === "ArrowUp") {
          event.preventDefault();
          var step = event.key === "ArrowDown" ? 1 : -1;
          items[(at + step + items.length) % items.length].focus();
        } else if (event.key === "Home") {
          event.preventDefault();
          items[0].focus();
        } else if (event.key === "End") {
          event.preventDefault();
          items[items.length - 1].focus();
        }
      });
      // Leaving the menu with Tab (or a click elsewhere) closes it.
      menu.addEventListener("focusout", function (event) {
        if (event.relatedTarget && !menu.contains(event.relatedTarget)) closeMenu(menu, false);
      });
    });
    document.addEventListener("click", function (event) {
      document.querySelectorAll(".mainnav .menu").forEach(function (menu) {
        if (!menu.contains(event.target)) closeMenu(menu, false);
      });
    });
  }

  // ---- Dates: typed as dd/mm/yyyy; a button opens the browser's own calendar. ----
  function pad(number) {
    return (number < 10 ? "0" : "") + number;
  }

  function toIso(text) {
    var match = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text || "");
    if (!match) return "";
    var day = +match[1], month = +match[2], year = +match[3];
    var date = new Date(year, month - 1, day);
    if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) {
      return "";
    }
    return year + "-" + pad(month) + "-" + pad(day);
  }

  function fromIso(iso) {
    var match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || "");
    return match ? match[3] + "/" + match[2] + "/" + match[1] : "";
  }

  // A small calendar drawn as SVG (no icon font, no emoji: office PCs may lack both).
  function calendarIcon() {
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 16 16");
    svg.setAttribute("width", "16");
    svg.setAttribute("height", "16");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    [
      ["rect", { x: "1.5", y: "3", width: "13", height: "11.5", rx: "1.5" }],
      ["line", { x1: "1.5", y1: "6.5", x2: "14.5", y2: "6.5" }],
      ["line", { x1: "5", y1: "1.5", x2: "5", y2: "4.5" }],
      ["line", { x1: "11", y1: "1.5", x2: "11", y2: "4.5" }]
    ].forEach(function (part) {
      var shape = document.createElementNS(ns, part[0]);
      Object.keys(part[1]).forEach(function (key) { shape.setAttribute(key, part[1][key]); });
      svg.appendChild(shape);
    });
    return svg;
  }

  function datePicker(input) {
    if (input.dataset.picker || input.disabled || input.readOnly) return;
    input.dataset.picker = "1";
    var wrap = document.createElement("span");
    wrap.className = "date-wrap";
    input.parentNode.insertBefore(wrap, input);
    wrap.appendChild(input);
    var native = document.createElement("input");
    native.type = "date";
    native.className = "date-native";
    native.tabIndex = -1;
    native.setAttribute("aria-hidden", "true");
    var button = document.createElement("button");
    button.type = "button";
    button.className = "date-button";
    button.setAttribute("aria-label", "Mở lịch");
    button.title = "Chọn trên lịch";
    button.appendChild(calendarIcon());
    wrap.appendChild(button);
    wrap.appendChild(native);
    button.addEventListener("click", function () {
      native.value = toIso(input.value);
      try {
        native.showPicker();
      } catch (error) {
        native.focus();
        native.click();
      }
    });
    native.addEventListener("change", function () {
      var text = fromIso(native.value);
      if (!text) return;
      input.value = text;
      input.dispatchEvent(new Event("input", { bubbles: true }));
      input.dispatchEvent(new Event("change", { bubbles: true }));
      input.focus();
    });
  }

  function setUpDates(root) {
    (root || document).querySelectorAll("input.date-input").forEach(datePicker);
  }

  // ---- Unit tree: search by name or code, fold levels, pick a whole branch, count. ----
  function fold(text) {
    return (text || "")
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/đ/g, "d")
      .replace(/Đ/g, "D")
      .toLowerCase();
  }

  function unitTree(tree) {
    var search = tree.querySelector(".unit-tree-search");
    var count = tree.querySelector(".unit-tree-count");
    var empty = tree.querySelector(".unit-tree-empty");
    var nodes = Array.prototype.slice.call(tree.querySelectorAll(".unit-node"));
    var name = null;

    function boxOf(node) {
      return node.querySelector(":scope > .unit-row > input[type=checkbox]");
    }
    function subtreeOf(node) {
      return node.querySelector(":scope > .unit-row > .unit-subtree input");
    }
    function below(node) {
      return Array.prototype.slice.call(node.querySelectorAll(".unit-node"));
    }
    function refresh() {
      var chosen = nodes.filter(function (node) { return boxOf(node).checked; }).length;
      count.textContent = "Đã chọn " + chosen + " đơn vị";
    }

    nodes.forEach(function (node) {
      var box = boxOf(node);
      name = name || box.name;
      var whole = subtreeOf(node);
      if (whole) {
        whole.addEventListener("change", function () {
          box.checked = box.checked || whole.checked;
          below(node).forEach(function (child) {
            boxOf(child).checked = whole.checked;
            var inner = subtreeOf(child);
            if (inner) inner.checked = whole.checked;
          });
          refresh();
        });
      }
      box.addEventListener("change", function () {
        // Unticking a unit of a picked branch: the branch is no longer picked as a whole.
        if (!box.checked) {
          var up = node.parentElement.closest(".unit-node");
          while (up && tree.contains(up)) {
            var upWhole = subtreeOf(up);
            if (upWhole) upWhole.checked = false;
            up = up.parentElement.closest(".unit-node");
          }
          if (whole) whole.checked = false;
        }
        refresh();
      });
      var toggle = node.querySelector(":scope > .unit-row > .unit-fold");
      if (toggle) {
        toggle.hidden = false;
        toggle.addEventListener("click", function () {
          var list = node.querySelector(":scope > ul");
          var open = toggle.getAttribute("aria-expanded") === "true";
          list.hidden = open;
          toggle.setAttribute("aria-expanded", open ? "false" : "true");
          toggle.textContent = open ? "+" : "−";
          var label = node.dataset.name;
          toggle.setAttribute(
            "aria-label", (open ? "Mở cấp dưới của " : "Thu gọn cấp dưới của ") + label
          );
        });
      }
    });

    function setAll(checked) {
      tree.querySelectorAll("input[type=checkbox]").forEach(function (box) {
        var node = box.closest(".unit-node");
        if (node && !node.hidden) box.checked = checked;
      });
      refresh();
    }
    var all = tree.querySelector(".unit-tree-all");
    var none = tree.querySelector(".unit-tree-none");
    all.hidden = false;
    none.hidden = false;
    all.addEventListener("click", function () { setAll(true); });
    none.addEventListener("click", function () { setAll(false); });

    search.hidden = false;
    search.addEventListener("input", function () {
      var wanted = fold(search.value.trim());
      var shown = 0;
      // A node stays when it matches or a unit below it matches (so the path stays visible).
      nodes.slice().reverse().forEach(function (node) {
        var text = fold(node.dataset.name + " " + node.dataset.code);
        var keep = !wanted || text.indexOf(wanted) >= 0 ||
          below(node).some(function (child) { return !child.hidden; });
        node.hidden = !keep;
        if (keep) shown += 1;
        if (wanted && keep) {
          var list = node.querySelector(":scope > ul");
          var toggle = node.querySelector(":scope > .unit-row > .unit-fold");
          if (list) list.hidden = false;
          if (toggle) {
            toggle.setAttribute("aria-expanded", "true");
            toggle.textContent = "−";
          }
        }
      });
      empty.hidden = shown > 0;
    });
    // Enter in the search box must not submit the whole form.
    search.addEventListener("keydown", function (event) {
      if (event.key === "Enter") event.preventDefault();
    });
    refresh();
  }

  function setUp() {
    setUpMenus();
    setUpDates(document);
    document.querySelectorAll("[data-unit-tree]").forEach(unitTree);
    document.addEventListener("htmx:afterSwap", function (event) {
      setUpDates(event.detail.target);
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();
