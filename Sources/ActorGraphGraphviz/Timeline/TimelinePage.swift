import ActorGraph
import Foundation

/// The timeline's `index.html`: one self-contained page (no network, no external file
/// needed) with every frame embedded, a date slider, play and pause, and for each date the
/// relations that start and end there with their notes and citations.
public enum TimelinePage {
    /// A rendered frame and the name of the file it is also written to.
    public struct FrameImage: Sendable {
        /// The file name beside `index.html` (`2001-09-22.svg`).
        public var fileName: String
        /// The format the frame was rendered in.
        public var format: RenderFormat
        /// The rendered bytes.
        public var data: Data

        /// Creates a frame image.
        public init(fileName: String, format: RenderFormat, data: Data) {
            self.fileName = fileName
            self.format = format
            self.data = data
        }
    }

    /// The page for `timeline` with `images` (one per frame, in order).
    public static func html(timeline: Timeline, images: [FrameImage]) -> String {
        let graph = timeline.graph
        let title = graph.title ?? "Timeline"
        let frames: [JSONValue] = zip(timeline.frames, images).enumerated().map { index, pair in
            let (frame, image) = pair
            var members: [(String, JSONValue)] = [
                ("date", .string(frame.day.description)),
                ("since", index == 0 ? .null : .string(timeline.frames[index - 1].day.description)),
                ("file", .string(image.fileName)),
                ("actors", .integer(frame.snapshot.actorPositions.count)),
                ("relations", .integer(frame.snapshot.relationPositions.count)),
                ("started", .array(frame.started.map { entry(graph.relations[Int($0)], in: graph) })),
                ("ended", .array(frame.ended.map { entry(graph.relations[Int($0)], in: graph) })),
            ]
            if image.format == .svg {
                members.append(("svg", .string(inlineSVG(image.data))))
            } else {
                members.append(("image", .string("data:image/\(image.format.rawValue);base64," + image.data.base64EncodedString())))
            }
            return .object(members)
        }
        let data = JSONValue.object([("title", .string(title)), ("frames", .array(frames))])
        return fill(template, with: [
            "title": MarkupText.escaped(title),
            "description": MarkupText.escaped(graph.description ?? ""),
            "last": String(max(timeline.frames.count - 1, 0)),
            "data": HTMLText.scriptSafe(json: data.serialized()),
        ])
    }

    /// `template` with each `{{name}}` replaced in one pass, so that no inserted text is read
    /// as a placeholder in turn.
    static func fill(_ template: String, with values: [String: String]) -> String {
        var output = ""
        var rest = Substring(template)
        while let open = rest.range(of: "{{") {
            output += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "}}") else {
                rest = rest[open.lowerBound...]
                break
            }
            let name = String(rest[open.upperBound..<close.lowerBound])
            output += values[name] ?? String(rest[open.lowerBound..<close.upperBound])
            rest = rest[close.upperBound...]
        }
        return output + rest
    }

    /// One relation as the page lists it.
    static func entry(_ relation: Relation, in graph: TemporalGraph) -> JSONValue {
        .object([
            ("id", .string(relation.id)),
            ("summary", .string(graph.sentence(for: relation))),
            ("tone", .string(graph.kind(of: relation).tone.rawValue)),
            ("dates", .optional(RelationDiagram.dateText(relation))),
            ("secret", .bool(relation.secret)),
            ("note", .optional(relation.note)),
            ("citations", .array(relation.citations.map { .string(graph.sources[$0] ?? $0) })),
        ])
    }

    /// The SVG element alone: Graphviz's XML declaration, doctype and comments dropped.
    static func inlineSVG(_ data: Data) -> String {
        let text = String(decoding: data, as: UTF8.self)
        guard let start = text.range(of: "<svg") else { return text }
        return String(text[start.lowerBound...])
    }

    private static let template = #"""
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{title}} — timeline</title>
    <style>
      body { font-family: Helvetica, Arial, sans-serif; margin: 0; color: #222; background: #fafafa; }
      header { padding: 12px 20px 4px; }
      header h1 { font-size: 20px; margin: 0 0 4px; }
      header p { margin: 0; color: #555; max-width: 70em; }
      .controls { display: flex; align-items: center; gap: 10px; padding: 10px 20px; position: sticky; top: 0;
                  background: #fafafa; border-bottom: 1px solid #ddd; z-index: 1; }
      .controls button { font-size: 15px; min-width: 2.4em; padding: 4px 8px; }
      #slider { flex: 1; }
      #date { font-weight: bold; font-variant-numeric: tabular-nums; min-width: 7em; }
      main { display: flex; gap: 16px; padding: 12px 20px; align-items: flex-start; }
      #frame { flex: 3; min-width: 0; background: #fff; border: 1px solid #ddd; }
      #frame svg, #frame img { display: block; width: 100%; height: auto; }
      aside { flex: 1; min-width: 16em; max-width: 30em; }
      aside h2 { font-size: 15px; margin: 12px 0 6px; }
      aside ul { list-style: none; padding: 0; margin: 0; }
      aside li { background: #fff; border: 1px solid #ddd; border-left: 5px solid #6b6b6b; padding: 6px 8px; margin-bottom: 6px; }
      aside li.cooperative { border-left-color: #2166ac; }
      aside li.conflictual { border-left-color: #b2182b; }
      aside li .summary { font-weight: bold; }
      aside li .dates, aside li .citations { color: #666; font-size: 12px; }
      aside li .secret { color: #b2182b; font-style: italic; font-size: 12px; }
      aside .empty { color: #888; font-style: italic; border: none; background: none; padding: 0; }
    </style>
    </head>
    <body>
    <header>
      <h1>{{title}}</h1>
      <p>{{description}}</p>
    </header>
    <div class="controls">
      <button id="previous" type="button" title="Previous date" aria-label="Previous date">&#9664;</button>
      <button id="play" type="button" title="Play" aria-label="Play">&#9654;</button>
      <button id="next" type="button" title="Next date" aria-label="Next date">&#9654;&#9654;</button>
      <input id="slider" type="range" min="0" max="{{last}}" step="1" value="0" aria-label="Date">
      <output id="date" for="slider"></output>
      <span id="position"></span>
    </div>
    <main>
      <div id="frame" role="img"></div>
      <aside>
        <h2 id="changes-heading">Changes</h2>
        <h2>Starting</h2>
        <ul id="started"></ul>
        <h2>Ending</h2>
        <ul id="ended"></ul>
      </aside>
    </main>
    <script id="timeline-data" type="application/json">{{data}}</script>
    <script>
    "use strict";
    (function () {
      const data = JSON.parse(document.getElementById("timeline-data").textContent);
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
          if (entry.citations.length > 0) item.appendChild(element("div", "citations", "Sources: " + entry.citations.join("; ")));
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
    </script>
    </body>
    </html>

    """#
}
