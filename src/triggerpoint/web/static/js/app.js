// triggerpoint: the body map as a keyboard- and touch-friendly checkbox group, kept in step with
// the list of places (the list is what the form sends; the map only toggles it), a filter for
// the list, and on phones one view at a time. Everything works without this file.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  function box(spec) {
    return document.querySelector('input[type=checkbox][name="r"][value="' + CSS.escape(spec) + '"]');
  }

  function setRegion(path, on) {
    var spec = path.dataset.spec;
    document.querySelectorAll('.bodymap .region[data-spec="' + CSS.escape(spec) + '"]').forEach(function (p) {
      p.setAttribute("aria-checked", on ? "true" : "false");
    });
    var input = box(spec);
    if (input) { input.checked = on; }
    var status = document.getElementById("map-status");
    if (status) {
      var name = path.getAttribute("aria-label").split(",")[0];
      status.textContent = name + (on ? " marked" : " unmarked") + ".";
    }
  }

  function toggle(path) { setRegion(path, path.getAttribute("aria-checked") !== "true"); }

  // One Tab stop for the whole map (both views): arrows move through the visible regions.
  function visibleRegions() {
    return Array.prototype.slice.call(document.querySelectorAll(".bodymap .region"))
      .filter(function (r) { return r.getClientRects().length > 0; });
  }

  function rove(target) {
    document.querySelectorAll(".bodymap .region").forEach(function (r) { r.setAttribute("tabindex", "-1"); });
    if (target) { target.setAttribute("tabindex", "0"); }
  }

  function focusRegion(svg, from, step) {
    var regions = visibleRegions();
    if (!regions.length) { return; }
    var i = regions.indexOf(from);
    var next = step === null ? regions[0] : regions[(i + step + regions.length) % regions.length];
    rove(next);
    next.focus();
  }

  document.querySelectorAll(".bodymap").forEach(function (svg) {
    svg.addEventListener("click", function (event) {
      var path = event.target.closest(".region");
      if (path) { toggle(path); }
    });
    svg.addEventListener("keydown", function (event) {
      var path = event.target.closest(".region");
      if (!path) { return; }
      if (event.key === " " || event.key === "Enter") { event.preventDefault(); toggle(path); }
      else if (event.key === "ArrowRight" || event.key === "ArrowDown") { event.preventDefault(); focusRegion(svg, path, 1); }
      else if (event.key === "ArrowLeft" || event.key === "ArrowUp") { event.preventDefault(); focusRegion(svg, path, -1); }
      else if (event.key === "Home") { event.preventDefault(); focusRegion(svg, path, null); }
    });
  });

  function mirror(input) {
    document.querySelectorAll('.bodymap .region[data-spec="' + CSS.escape(input.value) + '"]').forEach(function (p) {
      p.setAttribute("aria-checked", input.checked ? "true" : "false");
    });
  }
  var listed = document.querySelectorAll('input[type=checkbox][name="r"]');
  listed.forEach(function (input) {
    input.addEventListener("change", function () { mirror(input); });
  });
  // The browser may restore the list's ticks (Back, reload) after the server drew the map:
  // the list is what the form sends, so the map follows it.
  function mirrorAll() { listed.forEach(mirror); }
  window.addEventListener("pageshow", mirrorAll);
  document.addEventListener("DOMContentLoaded", mirrorAll);
  document.querySelectorAll("select[name^='n.']").forEach(function (select) {
    select.addEventListener("change", function () {
      var input = box(select.name.slice(2));
      if (input && select.value !== "" && !input.checked) { input.checked = true; input.dispatchEvent(new Event("change")); }
    });
  });

  // Keep the address short and shareable: leave out the empty "how much?" boxes (and those of
  // unmarked places) and an empty text box. Back and forward bring them back.
  var where = document.getElementById("where");
  function skipped() {
    return where.querySelectorAll("select[name^='n.'], input[name=text]");
  }
  if (where) {
    where.addEventListener("submit", function () {
      skipped().forEach(function (field) {
        var input = field.tagName === "SELECT" ? box(field.name.slice(2)) : null;
        if (field.value === "" || (input && !input.checked)) { field.disabled = true; }
      });
    });
    window.addEventListener("pageshow", function () {
      skipped().forEach(function (field) { field.disabled = false; });
    });
  }

  var filter = document.getElementById("filter");
  if (filter) {
    filter.addEventListener("input", function () {
      var words = filter.value.toLowerCase().trim().split(/\s+/);
      document.querySelectorAll(".region-row").forEach(function (row) {
        var name = row.dataset.name;
        row.hidden = !words.every(function (w) { return name.indexOf(w) >= 0; });
      });
    });
  }

  var views = document.querySelector(".views");
  if (views && views.dataset.count === "2") {
    var bar = document.createElement("div");
    bar.className = "view-switch";
    bar.setAttribute("role", "group");
    bar.setAttribute("aria-label", "Which side of the body");
    ["front", "back"].forEach(function (view, i) {
      var b = document.createElement("button");
      b.type = "button";
      b.className = "button" + (i ? " secondary" : "");
      b.textContent = view === "front" ? "Front view" : "Back view";
      b.setAttribute("aria-pressed", i ? "false" : "true");
      b.addEventListener("click", function () {
        bar.querySelectorAll("button").forEach(function (o) {
          var on = o === b;
          o.setAttribute("aria-pressed", on ? "true" : "false");
          o.className = "button" + (on ? "" : " secondary");
        });
        views.querySelectorAll(".view").forEach(function (fig) {
          fig.classList.toggle("inactive", fig.id !== "view-" + view);
        });
        rove(visibleRegions()[0]);
      });
      bar.appendChild(b);
    });
    views.parentNode.insertBefore(bar, views);
    var back = document.getElementById("view-back");
    if (back) { back.classList.add("inactive"); }
  }
  rove(visibleRegions()[0]);
  window.addEventListener("resize", function () {
    var stop = document.querySelector('.bodymap .region[tabindex="0"]');
    if (!stop || stop.getClientRects().length === 0) { rove(visibleRegions()[0]); }
  });
}());
