// DanVan's only script of its own. No inline scripts anywhere (the CSP forbids them).
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

  // Rich-text sections of a report: the textarea stays the form field (and what is posted);
  // an editable copy with a small toolbar is shown instead. The server keeps only the safe
  // subset (paragraphs, bold, italic, lists, tables), whatever is pasted here.
  var TOOLS = [
    ["Đậm", "bold"],
    ["Nghiêng", "italic"],
    ["Danh sách", "insertUnorderedList"],
    ["Danh sách số", "insertOrderedList"],
    ["Chèn bảng", "table"]
  ];
  var TABLE = "<table><tbody><tr><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr>" +
    "<tr><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr></tbody></table><p></p>";

  function richEditor(area) {
    var editor = document.createElement("div");
    editor.className = "richtext-editor";
    editor.setAttribute("role", "textbox");
    editor.setAttribute("aria-multiline", "true");
    var label = document.querySelector("label[for='" + area.id + "']");
    editor.setAttribute("aria-label", label ? label.textContent.trim() : area.name);
    editor.innerHTML = area.value;
    if (area.readOnly || area.disabled) {
      editor.setAttribute("aria-readonly", "true");
    } else {
      editor.contentEditable = "true";
      var bar = document.createElement("div");
      bar.className = "richtext-toolbar";
      TOOLS.forEach(function (tool) {
        var button = document.createElement("button");
        button.type = "button";
        button.textContent = tool[0];
        button.addEventListener("mousedown", function (e) { e.preventDefault(); });
        button.addEventListener("click", function () {
          editor.focus();
          if (tool[1] === "table") document.execCommand("insertHTML", false, TABLE);
          else document.execCommand(tool[1], false, null);
          area.value = editor.innerHTML;
        });
        bar.appendChild(button);
      });
      area.parentNode.insertBefore(bar, area);
      editor.addEventListener("input", function () { area.value = editor.innerHTML; });
    }
    area.hidden = true;
    area.parentNode.insertBefore(editor, area.nextSibling);
    area.richEditor = editor;
  }

  function setUpEditors() {
    document.querySelectorAll("textarea.richtext").forEach(richEditor);
    // "Reuse last period's text": append the hidden copy of it to the section's editor.
    document.querySelectorAll("button[data-reuse]").forEach(function (button) {
      button.addEventListener("click", function () {
        var area = document.getElementById(button.getAttribute("data-reuse"));
        var source = document.getElementById(button.getAttribute("data-source"));
        if (!area || !source || !area.richEditor) return;
        area.richEditor.innerHTML += source.innerHTML;
        area.value = area.richEditor.innerHTML;
      });
    });
    document.querySelectorAll("form").forEach(function (form) {
      form.addEventListener("submit", function () {
        form.querySelectorAll("textarea.richtext").forEach(function (area) {
          if (area.richEditor) area.value = area.richEditor.innerHTML;
        });
      });
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUpEditors);
  } else {
    setUpEditors();
  }
})();
