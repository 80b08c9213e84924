// triggerpoint: the plan builder's muscle list: a filter by name or by where a muscle sends
// pain, and a count of the muscles chosen. Everything works without this file.
(function () {
  "use strict";
  var filter = document.getElementById("muscle-filter");
  var pick = document.getElementById("muscle-pick");
  var count = document.getElementById("muscle-count");
  if (!filter || !pick) { return; }
  var rows = Array.prototype.slice.call(pick.querySelectorAll(".pick-row"));

  filter.addEventListener("input", function () {
    var words = filter.value.toLowerCase().trim().split(/\s+/);
    var shown = 0;
    rows.forEach(function (row) {
      var name = row.dataset.name;
      row.hidden = !words.every(function (w) { return name.indexOf(w) >= 0; });
      if (!row.hidden) { shown += 1; }
    });
    if (count) { count.textContent = chosenText() + " " + shown + " shown."; }
  });

  function chosenText() {
    var names = rows.filter(function (row) { return row.querySelector("input").checked; })
      .map(function (row) { return row.querySelector("label").textContent; });
    return names.length + " chosen" + (names.length ? ": " + names.join(", ") : "") + ".";
  }
  pick.addEventListener("change", function () { if (count) { count.textContent = chosenText(); } });
}());
