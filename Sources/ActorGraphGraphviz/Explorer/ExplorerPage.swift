import ActorGraph
import Foundation
import Mustache

/// The explorer: one offline HTML page (no network, works from `file://`) that shows a
/// graph on any day of its span.
///
/// The union of every relation is laid out once by Graphviz (merged edges, positions
/// pinned as in timelines); the page hides the relations not active on the chosen day,
/// fades idle actors, and computes activity from each relation's possibly and certainly
/// active spans embedded in it, so that its count equals `snapshot`'s for the same day,
/// certainty and kinds. Controls have stable ids: `#date`, `#day-slider`, `#certain`,
/// `#kind-filter` (a checkbox per kind, `data-kind`), `#search`, `#relation-count`,
/// `#details`; the state lives in the URL hash (`#2001-09-22`).
///
/// ```swift
/// let html = try ExplorerPage.html(graph: graph)
/// ```
public enum ExplorerPage {
    /// The page for `graph`.
    ///
    /// - Throws: ``GraphvizError`` when Graphviz fails to lay out the union.
    public static func html(graph: TemporalGraph, options: DiagramOptions = DiagramOptions()) throws(GraphvizError) -> String {
        let diagram = RelationDiagram(snapshot: graph.wholeGraph(), options: options)
        let svg = TimelinePage.inlineSVG(try diagram.render(as: .svg).data)
        let span = dateRange(of: graph)
        let relations: [JSONValue] = graph.relations.indices.map { position in
            let relation = graph.relations[position]
            let kind = graph.kind(of: relation)
            return .object([
                ("id", .string(relation.id)),
                ("kind", .string(relation.kind)),
                ("kindLabel", .string(kind.label)),
                ("tone", .string(kind.tone.rawValue)),
                ("source", .string(relation.source)),
                ("target", .string(relation.target)),
                ("sentence", .string(graph.sentence(for: relation))),
                ("start", .optional(relation.start?.description)),
                ("end", .optional(relation.end?.description)),
                ("possibly", spanJSON(graph.activeSpan(ofRelationAt: position, .possibly))),
                ("certainly", spanJSON(graph.activeSpan(ofRelationAt: position, .certainly))),
                ("secret", .bool(relation.secret)),
                // The last day the relation may still have been secret; null when it stayed so.
                ("secretThrough", .optional(graph.secretUntilRange(ofRelationAt: position).flatMap {
                    $0.last.isUnbounded ? nil : $0.last.description })),
                ("evidence", .array(relation.evidence.map { evidence in
                    .object([("reference", .string(graph.sources[evidence.source] ?? evidence.source)),
                             ("pages", .optional(evidence.pages)), ("quote", .optional(evidence.quote))])
                })),
                ("note", .optional(relation.note)),
                ("citations", .array(relation.citations.map { key in
                    .object([("key", .string(key)), ("reference", .string(graph.sources[key] ?? key))])
                })),
            ])
        }
        let actors: [JSONValue] = graph.actors.map { actor in
            .object([("id", .string(actor.id)), ("name", .string(actor.name)), ("kind", .string(actor.kind)),
                     ("aliases", .array(actor.aliases.map(JSONValue.string))), ("note", .optional(actor.note))])
        }
        let kinds: [JSONValue] = graph.kinds.values.filter { kind in graph.relations.contains { $0.kind == kind.id } }.map { kind in
            .object([("id", .string(kind.id)), ("label", .string(kind.label)), ("tone", .string(kind.tone.rawValue))])
        }
        let data = JSONValue.object([
            ("title", .string(graph.title ?? "Relations")),
            ("first", .string(span.first.description)), ("last", .string(span.last.description)),
            ("relations", .array(relations)), ("actors", .array(actors)), ("kinds", .array(kinds)),
        ])
        var values: [String: Any] = [
            "title": graph.title ?? "Relations", "first": span.first.description, "last": span.last.description,
            "days": Int(span.last.number - span.first.number),
            "data": data.serialized(), "svg": svg, "styleSheet": styleSheet, "script": script,
        ]
        if let description = graph.description { values["description"] = description }
        return template.render(values)
    }

    /// A span as `[first, last]` ISO days, null for an unbounded side; null for a span with
    /// no day in it, which includes one that starts only in the distant future (a start
    /// with no latest day is never certain) or ends in the distant past.
    static func spanJSON(_ span: DaySpan) -> JSONValue {
        if span.isEmpty || span.first == .distantFuture || span.last == .distantPast { return .null }
        return .array([span.first.isUnbounded ? .null : .string(span.first.description),
                       span.last.isUnbounded ? .null : .string(span.last.description)])
    }

    /// The days the page offers: from the earliest bounded day any relation may be active
    /// to the latest, or one day when the graph has no bounded date.
    static func dateRange(of graph: TemporalGraph) -> DaySpan {
        var first: Day?
        var last: Day?
        for position in graph.relations.indices {
            let span = graph.activeSpan(ofRelationAt: position, .possibly)
            for day in [span.first, span.last] where !day.isUnbounded {
                first = min(first ?? day, day)
                last = max(last ?? day, day)
            }
        }
        let start = first ?? Day(year: 2000, month: 1, day: 1) ?? Day(number: 0)
        return DaySpan(first: start, last: max(last ?? start, start))
    }

    // The template is a file of this module, checked by the tests: `try!` cannot meet user input.
    private static let template = try! MustacheTemplate(string: PageResource.text("explorer", extension: "mustache", in: .module))
    private static let styleSheet = PageResource.text("explorer", extension: "css", in: .module)
    private static let script = PageResource.text("explorer", extension: "js", in: .module)
}
