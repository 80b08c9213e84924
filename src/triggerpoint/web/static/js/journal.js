// triggerpoint journal: the places marked on the chart (or in the list) gather under the chart,
// each with its 0-10 choice, so a quick entry needs no scrolling through the whole list.
// The rows are the form's own fields, moved, not copied; without this file the list does it all.
(function () {
  "use strict";
  var form = document.getElementById("log");
  var marked = document.getElementById("marked");
  if (!form || !marked) { return; }
  var section = marked.closest(".marked");
  var empty = document.getElementById("marked-empty");
  var list = document.getElementById("all-places");
  var homes = [];

  form.querySelectorAll(".region-row").forEach(function (row) {
    var mark = document.createComment("place");
    row.parentNode.insertBefore(mark, row);
    homes.push([row, mark]);
  });

  function sync() {
    var count = 0;
    homes.forEach(function (pair) {
      var row = pair[0], mark = pair[1];
      var box = row.querySelector("input[type=checkbox]");
      if (box.checked) {
        if (row.parentNode !== marked) { marked.appendChild(row); }
        row.hidden = false;
        count += 1;
      } else if (row.parentNode === marked) {
        mark.parentNode.insertBefore(row, mark.nextSibling);
        var select = row.querySelector("select");
        if (select) { select.value = ""; }
      }
    });
    empty.hidden = count > 0;
  }

  section.hidden = false;
  sync();
  if (list && marked.children.length) { list.open = false; }
  // app.js marks a region before this runs (it listens on the chart itself; this on the page).
  document.addEventListener("click", function (event) {
    if (event.target.closest && event.target.closest(".bodymap")) { sync(); }
  });
  document.addEventListener("keydown", function (event) {
    if (event.target.closest && event.target.closest(".bodymap")) {
      window.setTimeout(sync, 0);
    }
  });
  form.addEventListener("change", function (event) {
    if (event.target.matches("input[type=checkbox][name=r], select[name^='n.']")) { sync(); }
  });
  var filter = document.getElementById("filter");
  if (filter) {
    filter.addEventListener("input", function () {
      marked.querySelectorAll(".region-row").forEach(function (row) { row.hidden = false; });
    });
  }
}());
