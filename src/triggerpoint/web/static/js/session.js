// triggerpoint: the guided session. Turns the page's list of steps (each <li> carries its data-*)
// into one big step at a time with a countdown that can pause, resume and extend (+30 s); says
// phase changes (step start, halfway, rests, step end) in an aria-live region, not every second;
// beeps (WebAudio) and vibrates where the browser allows and the person wants; asks pain before
// and after, then POSTs the record to /api/sessions and shows the summary. Without this file the
// page's plain form does the job. ?speed=N (1-1000) runs the clock N times faster (tests, demos).
(function () {
  "use strict";
  var root = document.getElementById("session");
  if (!root) { return; }
  var speed = Math.min(1000, Math.max(1, Number(root.dataset.speed) || 1));
  var level = root.dataset.level || "self-care";
  var planId = root.dataset.planId || null;
  var items = Array.prototype.slice.call(root.querySelectorAll(".session-step"));
  if (!items.length) { return; }

  function num(value) { return value === undefined || value === "" ? null : Number(value); }

  var steps = items.map(function (li) {
    var d = li.dataset;
    return {
      li: li, kind: d.kind, label: d.label, title: d.title, duration: Number(d.duration),
      muscle: d.muscle || "", side: d.side || "both", technique: d.technique || "",
      tool: d.tool || "", pressure: num(d.pressure), hold: num(d.hold), rounds: num(d.rounds)
    };
  });

  // The clock: virtual seconds run `speed` times faster than real ones.
  var t0 = performance.now();
  var wall0 = Date.now();
  function vnow() { return (performance.now() - t0) * speed / 1000; }
  function vdate() { return new Date(wall0 + (performance.now() - t0) * speed); }
  function iso(date) {
    function pad(n) { return (n < 10 ? "0" : "") + n; }
    var off = -date.getTimezoneOffset();
    var sign = off >= 0 ? "+" : "-";
    off = Math.abs(off);
    return date.getFullYear() + "-" + pad(date.getMonth() + 1) + "-" + pad(date.getDate()) +
      "T" + pad(date.getHours()) + ":" + pad(date.getMinutes()) + ":" + pad(date.getSeconds()) +
      sign + pad(Math.floor(off / 60)) + ":" + pad(off % 60);
  }
  function clock(seconds) {
    var s = Math.max(0, Math.ceil(seconds - 1e-6));
    var m = Math.floor(s / 60);
    s = s % 60;
    return m + ":" + (s < 10 ? "0" : "") + s;
  }
  function words(seconds) {
    var s = Math.max(0, Math.round(seconds));
    var m = Math.floor(s / 60);
    s = s % 60;
    if (!m) { return s + " seconds"; }
    return m + " minute" + (m > 1 ? "s" : "") + (s ? " " + s + " seconds" : "");
  }

  // The holds and rests of a step (as sessions.runner.phase_at does).
  function phaseAt(step, elapsed) {
    var rounds = step.rounds || 1;
    var hold = step.hold || 0;
    var rest = rounds > 1 ? (step.duration - hold * rounds) / (rounds - 1) : -1;
    if (rounds < 2 || hold <= 0 || rest < 0) { return { round: 1, rounds: 1, resting: false }; }
    var cycle = hold + rest;
    var number = Math.min(rounds - 1, Math.floor(elapsed / cycle));
    var into = elapsed - number * cycle;
    if (into < hold || number === rounds - 1) {
      return { round: number + 1, rounds: rounds, resting: false, left: Math.max(0, hold - into) };
    }
    return { round: number + 1, rounds: rounds, resting: true, left: Math.max(0, cycle - into) };
  }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "className") { node.className = attrs[k]; } else { node.setAttribute(k, attrs[k]); }
    });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }
  function button(text, className) {
    var b = el("button", { type: "button", className: "button" + (className ? " " + className : "") }, text);
    return b;
  }

  // Cues: sound and vibration, where the browser allows and the person wants them.
  var audio = null;
  var cues = el("fieldset", { className: "walk-cues" });
  cues.appendChild(el("legend", {}, "Cues at each change"));
  var soundBox = el("input", { type: "checkbox", id: "cue-sound" });
  soundBox.checked = true;
  var soundLabel = el("label", { "for": "cue-sound" });
  soundLabel.appendChild(soundBox);
  soundLabel.appendChild(document.createTextNode(" Beep"));
  var hasAudio = !!(window.AudioContext || window.webkitAudioContext);
  if (hasAudio) { cues.appendChild(soundLabel); }
  var vibrateBox = el("input", { type: "checkbox", id: "cue-vibrate" });
  vibrateBox.checked = true;
  var vibrateLabel = el("label", { "for": "cue-vibrate" });
  vibrateLabel.appendChild(vibrateBox);
  vibrateLabel.appendChild(document.createTextNode(" Vibrate"));
  if (typeof navigator.vibrate === "function") { cues.appendChild(vibrateLabel); }

  function unlockAudio() {
    if (!hasAudio || audio) { return; }
    try { audio = new (window.AudioContext || window.webkitAudioContext)(); } catch (e) { audio = null; }
  }
  function beep(count) {
    if (audio && soundBox.checked) {
      for (var i = 0; i < count; i += 1) {
        var start = audio.currentTime + i * 0.25;
        var osc = audio.createOscillator();
        var gain = audio.createGain();
        osc.frequency.value = count > 1 ? 880 : 660;
        gain.gain.setValueAtTime(0.0001, start);
        gain.gain.exponentialRampToValueAtTime(0.3, start + 0.02);
        gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.18);
        osc.connect(gain);
        gain.connect(audio.destination);
        osc.start(start);
        osc.stop(start + 0.2);
      }
    }
    if (vibrateBox.checked && typeof navigator.vibrate === "function") {
      try { navigator.vibrate(count > 1 ? [200, 100, 200] : [150]); } catch (e) { /* not allowed */ }
    }
  }

  // The walk's screen.
  root.classList.add("walking");
  var walk = el("section", { className: "walk", "aria-labelledby": "walk-title" });
  var live = el("p", { className: "visually-hidden", role: "status", "aria-live": "polite", id: "walk-live" });
  function say(text, count) { live.textContent = text; if (count) { beep(count); } }

  function painPicker(name, question) {
    var set = el("fieldset", { className: "pain-pick" });
    set.appendChild(el("legend", {}, question));
    var row = el("div", { className: "pain-row" });
    for (var n = 0; n <= 10; n += 1) {
      var id = name + "-" + n;
      var label = el("label", { "for": id });
      var input = el("input", { type: "radio", name: name, value: String(n), id: id });
      label.appendChild(input);
      label.appendChild(el("span", {}, String(n)));
      row.appendChild(label);
    }
    set.appendChild(row);
    set.appendChild(el("p", { className: "hint" }, "0 = no pain, 10 = the worst pain."));
    return set;
  }
  function painOf(name) {
    var picked = walk.querySelector('input[name="' + name + '"]:checked');
    return picked ? Number(picked.value) : null;
  }

  // Before.
  var before = el("div", { className: "walk-panel walk-before" });
  var beforeTitle = el("h2", { id: "walk-title", tabindex: "-1" }, "Before you start");
  before.appendChild(beforeTitle);
  before.appendChild(painPicker("pain-before", "How much does it hurt right now?"));
  before.appendChild(cues);
  var startButton = button("Start the session");
  before.appendChild(startButton);
  var stopRule = document.getElementById("stop-rule");
  if (stopRule) { before.appendChild(stopRule); }
  if (speed > 1) { before.appendChild(el("p", { className: "hint" }, "Fast clock: " + speed + "× real time.")); }

  // A step.
  var stepPanel = el("div", { className: "walk-panel walk-step" });
  stepPanel.hidden = true;
  var count = el("p", { className: "walk-count" });
  var title = el("h2", { className: "walk-title", tabindex: "-1" });
  var time = el("p", { className: "walk-time", role: "timer", "aria-label": "Time left in this step" });
  var round = el("p", { className: "walk-round" });
  var bar = el("progress", { max: "1", value: "0", "aria-label": "How much of this step is done" });
  var controls = el("div", { className: "walk-controls", role: "group", "aria-label": "Timer" });
  var pauseButton = button("Pause");
  var extendButton = button("+30 s", "secondary");
  var skipButton = button("Skip this step", "secondary");
  var stopButton = button("Stop the session", "secondary stop");
  [pauseButton, extendButton, skipButton, stopButton].forEach(function (b) { controls.appendChild(b); });
  var detail = el("div", { className: "walk-detail" });
  var next = el("p", { className: "walk-next" });
  [count, title, time, round, bar, controls].forEach(function (n) { stepPanel.appendChild(n); });
  stepPanel.appendChild(detail);
  stepPanel.appendChild(next);

  // After.
  var after = el("div", { className: "walk-panel walk-after" });
  after.hidden = true;
  var afterTitle = el("h2", { tabindex: "-1" }, "How is it now?");
  after.appendChild(afterTitle);
  var afterNote = el("p", {});
  after.appendChild(afterNote);
  after.appendChild(painPicker("pain-after", "How much does it hurt now?"));
  var care = root.querySelector(".after-care");
  if (care) { after.appendChild(care); }
  var saveButton = button("Keep it in my journal");
  after.appendChild(saveButton);
  var problem = el("p", { className: "notice", role: "alert" });
  problem.hidden = true;
  after.appendChild(problem);

  walk.appendChild(live);
  walk.appendChild(before);
  walk.appendChild(stepPanel);
  walk.appendChild(after);
  root.insertBefore(walk, root.firstChild);

  // The state of the walk.
  var state = { index: -1, elapsed: 0, target: 0, last: 0, paused: false, half: false, phase: "",
                startedAt: null, stopped: false, outcomes: [], timer: null };

  function showStep(index) {
    var step = steps[index];
    state.index = index;
    state.elapsed = 0;
    state.target = step.duration;
    state.last = vnow();
    state.paused = false;
    state.half = false;
    state.phase = "";
    pauseButton.textContent = "Pause";
    pauseButton.setAttribute("aria-pressed", "false");
    count.textContent = "Step " + (index + 1) + " of " + steps.length;
    title.textContent = step.label;
    detail.textContent = "";
    Array.prototype.forEach.call(step.li.querySelectorAll("p"), function (p) {
      detail.appendChild(p.cloneNode(true));
    });
    var following = steps[index + 1];
    next.textContent = following ? "Next: " + following.label : "Next: how it feels now";
    render();
  }

  function render() {
    var step = steps[state.index];
    var left = state.target - state.elapsed;
    time.textContent = clock(left);
    bar.value = state.target ? Math.min(1, state.elapsed / state.target) : 1;
    var phase = phaseAt(step, state.elapsed);
    if (phase.rounds > 1) {
      round.textContent = (phase.resting ? "Rest" : (step.kind === "stretch" ? "Stretch" : "Hold")) +
        ", round " + phase.round + " of " + phase.rounds + ": " + clock(phase.left) + (state.paused ? " (paused)" : "");
    } else {
      round.textContent = state.paused ? "Paused" : "";
    }
    stepPanel.classList.toggle("paused", state.paused);
  }

  function phaseChange() {
    var step = steps[state.index];
    var phase = phaseAt(step, state.elapsed);
    var key = phase.rounds > 1 ? phase.round + (phase.resting ? "r" : "h") : "";
    if (key === state.phase) { return; }
    var first = state.phase === "";
    state.phase = key;
    if (first || phase.rounds < 2) { return; }
    if (phase.resting) { say("Rest, round " + phase.round + " of " + phase.rounds + ".", 1); }
    else { say((step.kind === "stretch" ? "Stretch again" : "Press again") + ", round " + phase.round + " of " + phase.rounds + ".", 1); }
  }

  function announceStart(prefix) {
    var step = steps[state.index];
    say((prefix || "") + "Step " + (state.index + 1) + " of " + steps.length + ": " + step.label +
        ", " + words(state.target) + ".", prefix ? 2 : 1);
  }

  function endStep(outcome) {
    var step = steps[state.index];
    var seconds = outcome === "done" ? state.target : state.elapsed;
    state.outcomes.push({ step: step, outcome: outcome, seconds: seconds });
    if (outcome === "stopped" || state.index + 1 >= steps.length) {
      finishWalk(outcome);
      return;
    }
    showStep(state.index + 1);
    title.focus();
    announceStart(outcome === "done" ? "Step done. " : "Skipped. ");
  }

  function tick() {
    if (state.index < 0 || state.index >= steps.length) { return; }
    var now = vnow();
    if (!state.paused) { state.elapsed += now - state.last; }
    state.last = now;
    if (state.elapsed >= state.target - 0.001) {
      state.elapsed = state.target;
      endStep("done");
      return;
    }
    if (!state.half && state.elapsed >= state.target / 2) {
      state.half = true;
      say("Halfway. " + words(state.target - state.elapsed) + " left.", 1);
    } else {
      phaseChange();
    }
    render();
  }

  function finishWalk(outcome) {
    clearInterval(state.timer);
    state.timer = null;
    state.stopped = outcome === "stopped";
    state.index = steps.length;
    stepPanel.hidden = true;
    after.hidden = false;
    if (stopRule) { after.insertBefore(stopRule, afterTitle.nextSibling); }
    afterNote.textContent = state.stopped
      ? "You stopped the session. That is right whenever something does not feel right."
      : "All steps done.";
    afterTitle.focus();
    say((state.stopped ? "Session stopped." : "Step done. All steps done.") + " How much does it hurt now?", 2);
  }

  startButton.addEventListener("click", function () {
    unlockAudio();
    state.startedAt = vdate();
    before.hidden = true;
    if (stopRule) { stepPanel.insertBefore(stopRule, detail); }
    stepPanel.hidden = false;
    showStep(0);
    title.focus();
    announceStart("");
    state.timer = setInterval(tick, 100);
  });
  pauseButton.addEventListener("click", function () {
    tick();
    state.paused = !state.paused;
    state.last = vnow();
    pauseButton.textContent = state.paused ? "Resume" : "Pause";
    pauseButton.setAttribute("aria-pressed", state.paused ? "true" : "false");
    say(state.paused ? "Paused." : "Going on.", 0);
    render();
  });
  extendButton.addEventListener("click", function () {
    tick();
    state.target += 30;
    say("30 seconds added: " + words(state.target - state.elapsed) + " left.", 0);
    render();
  });
  skipButton.addEventListener("click", function () { tick(); if (state.index < steps.length) { endStep("skipped"); } });
  stopButton.addEventListener("click", function () { tick(); if (state.index < steps.length) { endStep("stopped"); } });

  saveButton.addEventListener("click", function () {
    var record = {
      started_at: iso(state.startedAt || vdate()),
      ended_at: iso(vdate()),
      pain_before: painOf("pain-before"),
      pain_after: painOf("pain-after"),
      safety_level: level,
      steps: state.outcomes.filter(function (o) { return o.step.kind === "release"; }).map(function (o) {
        return { muscle: o.step.muscle, side: o.step.side, technique: o.step.technique,
                 tool: o.step.tool, duration_s: Math.round(o.seconds), pressure: o.step.pressure,
                 completed: o.outcome === "done" };
      }),
      stopped_early: state.stopped,
      plan_id: planId
    };
    saveButton.disabled = true;
    problem.hidden = true;
    say("Saving.", 0);
    fetch("/api/sessions", {
      method: "POST", headers: { "Content-Type": "application/json", "Accept": "application/json" },
      body: JSON.stringify(record), credentials: "same-origin"
    }).then(function (response) {
      return response.json().then(function (data) { return { ok: response.ok, data: data }; });
    }).then(function (answer) {
      if (!answer.ok) { throw new Error(answer.data.error || JSON.stringify(answer.data.detail || answer.data)); }
      window.location.assign("/session/done?id=" + encodeURIComponent(answer.data.id));
    }).catch(function (error) {
      saveButton.disabled = false;
      problem.textContent = "Could not keep the session: " + error.message + " Try again.";
      problem.hidden = false;
    });
  });
}());
