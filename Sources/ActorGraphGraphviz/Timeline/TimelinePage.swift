import ActorGraph
import Foundation
import Mustache

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
                ("started", .array(frame.started.map { entry(at: Int($0), in: graph, on: frame.day) })),
                ("ended", .array(frame.ended.map { entry(at: Int($0), in: graph, on: frame.day) })),
            ]
            if image.format == .svg {
                members.append(("svg", .string(inlineSVG(image.data))))
            } else {
                members.append(("image", .string("data:image/\(image.format.rawValue);base64," + image.data.base64EncodedString())))
            }
            return .object(members)
        }
        let data = JSONValue.object([("title", .string(title)), ("frames", .array(frames))])
        // The template escapes every value; the frame data travels in an attribute, which
        // needs no escaping beyond the template's own.
        var values: [String: Any] = [
            "title": title, "last": max(timeline.frames.count - 1, 0), "data": data.serialized(),
            "styleSheet": Self.styleSheet, "script": Self.script,
        ]
        if let description = graph.description { values["description"] = description }
        return Self.template.render(values)
    }

    /// One relation as the page lists it on a frame's day: secret when it may still have
    /// been secret that day, with its evidence.
    static func entry(at position: Int, in graph: TemporalGraph, on day: Day) -> JSONValue {
        let relation = graph.relations[position]
        return .object([
            ("id", .string(relation.id)),
            ("summary", .string(graph.sentence(for: relation))),
            ("tone", .string(graph.kind(of: relation).tone.rawValue)),
            ("dates", .optional(graph.datesText(ofRelationAt: position))),
            ("secret", .bool(graph.isPossiblySecret(relationAt: position, during: DaySpan(day)))),
            ("note", .optional(relation.note)),
            ("citations", .array(relation.allEvidence.map { .string(graph.text(of: $0)) })),
        ])
    }

    /// The SVG element alone: Graphviz's XML declaration, doctype and comments dropped.
    static func inlineSVG(_ data: Data) -> String {
        let text = String(decoding: data, as: UTF8.self)
        guard let start = text.range(of: "<svg") else { return text }
        return String(text[start.lowerBound...])
    }

    // The template is a file of this module, checked by the tests: `try!` cannot meet user input.
    private static let template = try! MustacheTemplate(string: PageResource.text("timeline", extension: "mustache", in: .module))
    private static let styleSheet = PageResource.text("timeline", extension: "css", in: .module)
    private static let script = PageResource.text("timeline", extension: "js", in: .module)
}
