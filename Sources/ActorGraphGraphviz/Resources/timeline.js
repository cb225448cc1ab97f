"use strict";
(function () {
  const data = JSON.parse(document.getElementById("timeline-data").dataset.timeline);
  const frames = data.frames;
  const slider = document.getElementById("slider");
  const dateOutput = document.getElementById("date");
  const frameBox = document.getElementById("frame");
  const playButton = document.getElementById("play");
  let current = 0;
  let timer = null;

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function fill(list, entries, emptyText) {
    list.replaceChildren();
    if (entries.length === 0) {
      list.appendChild(element("li", "empty", emptyText));
      return;
    }
    for (const entry of entries) {
      const item = element("li", entry.tone);
      item.dataset.relation = entry.id;
      item.appendChild(element("div", "summary", entry.summary));
      if (entry.dates) item.appendChild(element("div", "dates", entry.dates));
      if (entry.secret) item.appendChild(element("div", "secret", "kept secret at the time"));
      if (entry.note) item.appendChild(element("div", "note", entry.note));
      if (entry.citations.length > 0) item.appendChild(element("div", "citations", "Evidence: " + entry.citations.join("; ")));
      list.appendChild(item);
    }
  }

  function show(index) {
    current = Math.max(0, Math.min(frames.length - 1, index));
    const frame = frames[current];
    slider.value = String(current);
    dateOutput.textContent = frame.date;
    document.getElementById("position").textContent = (current + 1) + " / " + frames.length;
    frameBox.setAttribute("aria-label", "Relations on " + frame.date);
    frameBox.dataset.date = frame.date;
    if (frame.svg) {
      frameBox.innerHTML = frame.svg;
    } else {
      const image = element("img");
      image.src = frame.image;
      image.alt = "Relations on " + frame.date;
      frameBox.replaceChildren(image);
    }
    document.getElementById("changes-heading").textContent =
      frame.since ? "Changes after " + frame.since + " up to " + frame.date : "Changes on " + frame.date;
    fill(document.getElementById("started"), frame.started, "No relation starts.");
    fill(document.getElementById("ended"), frame.ended, "No relation ends.");
  }

  function stop() {
    if (timer !== null) clearInterval(timer);
    timer = null;
    playButton.innerHTML = "&#9654;";
    playButton.title = "Play";
    playButton.setAttribute("aria-label", "Play");
  }

  function play() {
    if (current >= frames.length - 1) show(0);
    playButton.innerHTML = "&#10074;&#10074;";
    playButton.title = "Pause";
    playButton.setAttribute("aria-label", "Pause");
    timer = setInterval(function () {
      if (current >= frames.length - 1) { stop(); return; }
      show(current + 1);
    }, 1500);
  }

  slider.addEventListener("input", function () { stop(); show(Number(slider.value)); });
  playButton.addEventListener("click", function () { if (timer === null) play(); else stop(); });
  document.getElementById("previous").addEventListener("click", function () { stop(); show(current - 1); });
  document.getElementById("next").addEventListener("click", function () { stop(); show(current + 1); });
  if (frames.length > 0) show(0);
})();
