"use strict";
(function () {
  const data = JSON.parse(document.getElementById("explorer-data").dataset.explorer);
  const dateInput = document.getElementById("date");
  const slider = document.getElementById("day-slider");
  const certainBox = document.getElementById("certain");
  const search = document.getElementById("search");
  const countOutput = document.getElementById("relation-count");
  const details = document.getElementById("details");
  const kindFilter = document.getElementById("kind-filter");
  const svg = document.querySelector("#diagram svg");
  const relationsByID = new Map(data.relations.map(function (r) { return [r.id, r]; }));
  const actorsByID = new Map(data.actors.map(function (a) { return [a.id, a]; }));
  const dayMs = 86400000;
  const firstMs = Date.parse(data.first + "T00:00:00Z");
  const lastMs = Date.parse(data.last + "T00:00:00Z");
  let day = data.first;

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }
  function isoOf(ms) { return new Date(ms).toISOString().slice(0, 10); }
  function within(span, iso) {
    if (span === null) return false;
    return (span[0] === null || span[0] <= iso) && (span[1] === null || iso <= span[1]);
  }
  function certainty() { return certainBox.checked ? "certainly" : "possibly"; }
  function keptKinds() {
    return new Set(Array.from(kindFilter.querySelectorAll("input[data-kind]")).filter(function (b) { return b.checked; })
      .map(function (b) { return b.dataset.kind; }));
  }
  function isActive(relation, iso) { return within(relation[certainty()], iso); }
  function isSecret(relation, iso) {
    return relation.secret && (relation.secretThrough === null || iso <= relation.secretThrough);
  }

  // Each drawn edge names its relations in its class (`relation-ID`, characters outside
  // [A-Za-z0-9_.-] written %XX); record them as data-relation-id.
  const edges = [];
  for (const group of svg.querySelectorAll("g.edge")) {
    const ids = Array.from(group.classList).filter(function (c) { return c.startsWith("relation-"); })
      .map(function (c) { return decodeURIComponent(c.slice(9)); }).filter(function (id) { return relationsByID.has(id); });
    if (ids.length === 0) continue;
    group.dataset.relationId = ids.join(" ");
    group.querySelectorAll("title").forEach(function (t) { t.remove(); });
    edges.push({ group: group, ids: ids, label: group.querySelector("text") });
  }
  const nodes = [];
  for (const group of svg.querySelectorAll("g.node")) {
    if (!group.id || !group.id.startsWith("actor-")) continue;
    const actorID = group.id.slice(6);
    if (!actorsByID.has(actorID)) continue;
    group.dataset.actorId = actorID;
    nodes.push({ group: group, id: actorID });
  }

  for (const kind of data.kinds) {
    const label = element("label", kind.tone);
    const box = element("input");
    box.type = "checkbox";
    box.checked = true;
    box.dataset.kind = kind.id;
    label.appendChild(box);
    label.appendChild(document.createTextNode(" " + kind.label));
    kindFilter.appendChild(label);
  }

  function visibleRelations() {
    const kinds = keptKinds();
    return data.relations.filter(function (r) { return kinds.has(r.kind) && isActive(r, day); });
  }

  function update(writeHash) {
    const visible = new Set(visibleRelations().map(function (r) { return r.id; }));
    const activeActors = new Set();
    let drawn = 0;
    for (const edge of edges) {
      const shown = edge.ids.filter(function (id) { return visible.has(id); });
      edge.group.classList.toggle("hidden", shown.length === 0);
      if (edge.label && edge.ids.length > 1 && /^×\d+$/.test(edge.label.textContent.trim())) {
        edge.label.textContent = "×" + shown.length;
      }
      for (const id of shown) {
        const relation = relationsByID.get(id);
        activeActors.add(relation.source);
        activeActors.add(relation.target);
      }
      drawn += shown.length;
    }
    for (const node of nodes) node.group.classList.toggle("idle", !activeActors.has(node.id));
    countOutput.textContent = drawn + (drawn === 1 ? " relation" : " relations") + " on " + day;
    countOutput.dataset.count = String(drawn);
    if (writeHash) {
      let hash = day;
      if (certainBox.checked) hash += "&certain";
      const kinds = keptKinds();
      if (kinds.size !== data.kinds.length) hash += "&kinds=" + Array.from(kinds).map(encodeURIComponent).join(",");
      history.replaceState(null, "", "#" + hash);
    }
  }

  function setDay(iso, writeHash) {
    let ms = Date.parse(iso + "T00:00:00Z");
    if (isNaN(ms)) return;
    ms = Math.max(firstMs, Math.min(lastMs, ms));
    day = isoOf(ms);
    dateInput.value = day;
    slider.value = String(Math.round((ms - firstMs) / dayMs));
    update(writeHash);
  }

  function solvedText(span) {
    if (span === null) return "no day";
    return (span[0] === null ? "open" : span[0]) + " to " + (span[1] === null ? "open" : span[1]);
  }

  function relationBlock(relation) {
    const block = element("div", "relation " + relation.tone + (isActive(relation, day) ? "" : " inactive"));
    block.dataset.relationId = relation.id;
    block.appendChild(element("div", "sentence", relation.sentence));
    block.appendChild(element("div", "dates", relation.kindLabel + "; dates as written: " +
      (relation.start === null ? "(no start)" : relation.start) + " to " + (relation.end === null ? "(open)" : relation.end)));
    block.appendChild(element("div", "solved", "possibly active " + solvedText(relation.possibly) +
      "; certainly active " + solvedText(relation.certainly)));
    if (isSecret(relation, day)) block.appendChild(element("div", "secret", "kept secret at the time (possibly still secret on " + day + ")"));
    for (const evidence of relation.evidence) {
      block.appendChild(element("div", "evidence", "Source: " + evidence.reference + (evidence.pages ? ", pp. " + evidence.pages : "")));
      if (evidence.quote) block.appendChild(element("blockquote", "quote", "\u201c" + evidence.quote + "\u201d"));
    }
    for (const citation of relation.citations) {
      block.appendChild(element("div", "evidence", "Source: " + citation.reference));
    }
    if (relation.note) block.appendChild(element("blockquote", "note", relation.note));
    return block;
  }

  function percent(iso, fallback) {
    if (iso === null) return fallback;
    const ms = Date.parse(iso + "T00:00:00Z");
    return Math.max(0, Math.min(100, 100 * (ms - firstMs) / Math.max(dayMs, lastMs - firstMs)));
  }

  function bar(track, span, className) {
    if (span === null) return;
    const left = percent(span[0], 0), right = percent(span[1], 100);
    const piece = element("div", className);
    piece.style.left = left + "%";
    piece.style.width = Math.max(0.5, right - left) + "%";
    track.appendChild(piece);
  }

  function showRelations(ids) {
    details.replaceChildren();
    details.appendChild(element("h2", null, ids.length === 1 ? "Relation" : ids.length + " relations"));
    for (const id of ids) details.appendChild(relationBlock(relationsByID.get(id)));
  }

  function showActor(actorID) {
    const actor = actorsByID.get(actorID);
    details.replaceChildren();
    details.appendChild(element("h2", null, actor.name));
    if (actor.aliases.length > 0) details.appendChild(element("div", "dates", "also " + actor.aliases.join(", ")));
    if (actor.note) details.appendChild(element("blockquote", "note", actor.note));
    const gantt = element("div", "gantt");
    const own = data.relations.filter(function (r) { return r.source === actorID || r.target === actorID; });
    for (const relation of own) {
      const row = element("div", "row");
      row.dataset.relationId = relation.id;
      row.appendChild(element("span", "name", relation.sentence));
      const track = element("div", "track");
      track.title = relation.sentence + ": possibly " + solvedText(relation.possibly) + ", certainly " + solvedText(relation.certainly);
      bar(track, relation.possibly, "possibly");
      bar(track, relation.certainly, "certainly");
      const today = element("div", "today");
      today.style.left = percent(day, 0) + "%";
      track.appendChild(today);
      row.appendChild(track);
      gantt.appendChild(row);
    }
    details.appendChild(element("div", "dates", own.length + " relations over " + data.first + " to " + data.last +
      " (solid: certainly active; shaded: possibly)"));
    details.appendChild(gantt);
    for (const relation of own) details.appendChild(relationBlock(relation));
  }

  for (const edge of edges) {
    edge.group.addEventListener("click", function (event) {
      event.preventDefault();
      const visible = new Set(visibleRelations().map(function (r) { return r.id; }));
      const shown = edge.ids.filter(function (id) { return visible.has(id); });
      showRelations(shown.length > 0 ? shown : edge.ids);
    });
  }
  for (const node of nodes) {
    node.group.addEventListener("click", function (event) { event.preventDefault(); showActor(node.id); });
  }
  svg.querySelectorAll("a").forEach(function (anchor) { anchor.removeAttribute("xlink:href"); anchor.removeAttribute("href"); });

  dateInput.addEventListener("change", function () { setDay(dateInput.value, true); });
  dateInput.addEventListener("input", function () { setDay(dateInput.value, true); });
  slider.addEventListener("input", function () { setDay(isoOf(firstMs + Number(slider.value) * dayMs), true); });
  certainBox.addEventListener("change", function () { update(true); });
  kindFilter.addEventListener("change", function () { update(true); });
  document.addEventListener("keydown", function (event) {
    if (event.target === search || (event.target.tagName === "INPUT" && event.target.type === "date")) return;
    if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
    if (event.target === slider) return;  // the slider steps itself
    event.preventDefault();
    const ms = Date.parse(day + "T00:00:00Z") + (event.key === "ArrowRight" ? dayMs : -dayMs);
    setDay(isoOf(ms), true);
  });
  search.addEventListener("input", function () {
    const query = search.value.trim().toLowerCase();
    for (const node of nodes) {
      const actor = actorsByID.get(node.id);
      const names = [actor.name, actor.id].concat(actor.aliases).map(function (n) { return n.toLowerCase(); });
      node.group.classList.toggle("found", query.length > 0 && names.some(function (n) { return n.includes(query); }));
    }
  });

  function readHash() {
    const parts = decodeURIComponent(location.hash.replace(/^#/, "")).split("&");
    if (parts[0]) day = parts[0];
    certainBox.checked = parts.includes("certain");
    const kindsPart = parts.find(function (p) { return p.startsWith("kinds="); });
    if (kindsPart) {
      const kinds = new Set(kindsPart.slice(6).split(","));
      kindFilter.querySelectorAll("input[data-kind]").forEach(function (b) { b.checked = kinds.has(b.dataset.kind); });
    }
    setDay(day, false);
  }
  window.addEventListener("hashchange", readHash);
  readHash();
})();
