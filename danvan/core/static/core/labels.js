// «Hiện mã»: a checkbox with data-hien-ma="<table id>" shows or hides that table's «Mã»
// column (cells with class "ma"). Without JavaScript the same checkbox is a GET field (ma=1)
// of the page's filter form, so the server renders the column instead.
(function () {
  "use strict";
  document.addEventListener("change", function (event) {
    var box = event.target;
    if (!box.matches || !box.matches("input[data-hien-ma]")) return;
    var table = document.getElementById(box.getAttribute("data-hien-ma"));
    if (table) table.classList.toggle("hien-ma", box.checked);
  });
})();
