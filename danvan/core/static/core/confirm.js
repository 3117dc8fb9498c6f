/* DanVan — confirmation before destructive or irreversible actions.
 *
 * Markup (no inline script, CSP-safe):
 *   <form method="post" data-confirm="Xóa hồ sơ …? Hồ sơ sẽ được chuyển vào thùng rác."
 *         data-confirm-danger data-confirm-ok="Xóa" data-confirm-details="id-of-a-template">
 * The attributes may also sit on a submit button (they then win over the form's) or on any
 * element with an htmx request (hx-post …) or a link.
 *
 * A native <dialog> opens (aria-labelledby / aria-describedby, focus on «Hủy»); Esc or «Hủy»
 * cancels and gives focus back to the button; the confirm button lets the action go on:
 * the form is submitted again (htmx forms included: htmx sees the second submit event).
 * Without JavaScript the form simply submits (progressive enhancement; the server-side
 * services still refuse what is not allowed).
 */
(function () {
  "use strict";

  var dialog = null;
  var pending = null; // {run: function, opener: element}

  function build() {
    dialog = document.createElement("dialog");
    dialog.className = "confirm-dialog";
    dialog.id = "hop-xac-nhan";
    dialog.setAttribute("aria-labelledby", "hop-xac-nhan-tieu-de");
    dialog.setAttribute("aria-describedby", "hop-xac-nhan-noi-dung");
    var title = document.createElement("h2");
    title.id = "hop-xac-nhan-tieu-de";
    title.textContent = "Xác nhận";
    var body = document.createElement("div");
    body.id = "hop-xac-nhan-noi-dung";
    var message = document.createElement("p");
    message.className = "confirm-message";
    var details = document.createElement("div");
    details.className = "confirm-details";
    body.appendChild(message);
    body.appendChild(details);
    var actions = document.createElement("div");
    actions.className = "toolbar confirm-actions";
    var cancel = document.createElement("button");
    cancel.type = "button";
    cancel.className = "confirm-cancel";
    cancel.textContent = "Hủy";
    var ok = document.createElement("button");
    ok.type = "button";
    ok.className = "confirm-ok";
    actions.appendChild(ok);
    actions.appendChild(cancel);
    dialog.appendChild(title);
    dialog.appendChild(body);
    dialog.appendChild(actions);
    document.body.appendChild(dialog);

    cancel.addEventListener("click", function () {
      dialog.close("cancel");
    });
    ok.addEventListener("click", function () {
      dialog.close("ok");
    });
    // Esc fires "cancel" and then "close": both end up in the close handler below.
    dialog.addEventListener("close", function () {
      var job = pending;
      pending = null;
      if (!job) {
        return;
      }
      if (job.opener && typeof job.opener.focus === "function") {
        job.opener.focus();
      }
      if (dialog.returnValue === "ok") {
        job.run();
      }
    });
  }

  function attr(name, first, second) {
    if (first && first.hasAttribute(name)) {
      return first.getAttribute(name);
    }
    if (second && second.hasAttribute(name)) {
      return second.getAttribute(name);
    }
    return null;
  }

  function ask(source, fallback, opener, run) {
    if (!dialog) {
      build();
    }
    var message = attr("data-confirm", source, fallback) || "Bạn chắc chắn?";
    var danger = attr("data-confirm-danger", source, fallback) !== null;
    var okLabel = attr("data-confirm-ok", source, fallback) || "Đồng ý";
    var detailsId = attr("data-confirm-details", source, fallback);
    dialog.querySelector(".confirm-message").textContent = message;
    var details = dialog.querySelector(".confirm-details");
    details.textContent = "";
    if (detailsId) {
      var template = document.getElementById(detailsId);
      if (template) {
        var content = template.content ? template.content : template;
        details.appendChild(content.cloneNode(true));
      }
    }
    var ok = dialog.querySelector(".confirm-ok");
    ok.textContent = okLabel;
    ok.classList.toggle("danger", danger);
    ok.classList.toggle("primary", !danger);
    dialog.returnValue = "";
    pending = { run: run, opener: opener };
    dialog.showModal();
    dialog.querySelector(".confirm-cancel").focus();
  }

  // Forms: catch the submit before htmx or the browser act on it (capture phase).
  document.addEventListener(
    "submit",
    function (event) {
      var form = event.target;
      if (!(form instanceof HTMLFormElement)) {
        return;
      }
      var submitter = event.submitter || null;
      var onButton = submitter && submitter.hasAttribute("data-confirm");
      if (!onButton && !form.hasAttribute("data-confirm")) {
        return;
      }
      if (form.dataset.confirmed === "1") {
        delete form.dataset.confirmed;
        return;
      }
      event.preventDefault();
      event.stopImmediatePropagation();
      ask(onButton ? submitter : form, onButton ? form : null, submitter || form, function () {
        form.dataset.confirmed = "1";
        if (typeof form.requestSubmit === "function") {
          form.requestSubmit(submitter || undefined);
        } else {
          form.submit();
        }
      });
    },
    true
  );

  // Links and htmx elements outside a form (a click, not a submit).
  document.addEventListener(
    "click",
    function (event) {
      var element = event.target.closest ? event.target.closest("[data-confirm]") : null;
      if (!element || element instanceof HTMLFormElement) {
        return;
      }
      if (element.form && (element.type === "submit" || element.tagName === "BUTTON")) {
        return; // a submit button: the submit handler above asks
      }
      if (element.dataset.confirmed === "1") {
        delete element.dataset.confirmed;
        return;
      }
      event.preventDefault();
      event.stopImmediatePropagation();
      ask(element, null, element, function () {
        element.dataset.confirmed = "1";
        element.click();
      });
    },
    true
  );
})();
