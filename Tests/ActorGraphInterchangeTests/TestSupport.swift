@_exported import ActorGraphTestSupport
import ActorGraph
import Foundation
import OrderedCollections
import Testing
@testable import ActorGraphInterchange

/// The path of a fixture file.
func fixture(_ name: String) -> String {
    guard let resources = Bundle.module.resourceURL else { fatalError("the test bundle has no resources") }
    return resources.appendingPathComponent("Fixtures/\(name)").path
}

/// Checks that two graphs hold the same title, description, sources, declared kinds, actors
/// and relations, in the same order.
func expectSameGraph(_ actual: TemporalGraph, _ expected: TemporalGraph,
                     sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(actual.title == expected.title, sourceLocation: sourceLocation)
    #expect(actual.description == expected.description, sourceLocation: sourceLocation)
    #expect(Array(actual.sources.keys) == Array(expected.sources.keys), sourceLocation: sourceLocation)
    #expect(Array(actual.sources.values) == Array(expected.sources.values), sourceLocation: sourceLocation)
    #expect(actual.declaredKinds == expected.declaredKinds, sourceLocation: sourceLocation)
    #expect(actual.actors == expected.actors, sourceLocation: sourceLocation)
    #expect(actual.relations.count == expected.relations.count, sourceLocation: sourceLocation)
    for (left, right) in zip(actual.relations, expected.relations) where left != right {
        Issue.record("relation differs:\n  got      \(left)\n  expected \(right)", sourceLocation: sourceLocation)
    }
}

/// A graph whose every text is hard to carry: quotes, colons, hashes, brackets, YAML's
/// reserved words, text that looks like a date or a number, leading and trailing spaces,
/// line breaks, tabs, non-Latin scripts and emoji, lists whose elements hold `;`. Every
/// character is one XML 1.0 can carry.
let awkwardGraph: TemporalGraph = {
    func dated(_ text: String) -> DateExpression { try! DateExpression(parsing: text) }
    let sources: OrderedDictionary<String, String> = [
        "yes": "A source called \"yes\": see p. 3 # not a comment",
        "2001-09-13": "Key that looks like a date",
        "key;with;semicolons": "Ünïcödé — 東京 🚀, [brackets] {braces}",
    ]
    let kinds = [
        RelationKind(id: "x-kind", label: "X: a kind, with 'quotes'", directed: false, tone: .conflictual,
                     cameoCode: "0874", goldstein: -3.5),
        RelationKind(id: "null", label: "~", directed: true, tone: .neutral, cameoCode: nil, goldstein: 0.125),
    ]
    let actors = [
        Actor(id: "a", name: " leading and trailing spaces ", kind: "state", aliases: ["a;b", " spaced ", "[x]"],
              note: "Line one\nLine two\twith a tab\r\nand a CRLF"),
        Actor(id: "b", name: "true", kind: "no", partOf: "a", aliases: ["Yes", "NULL"], note: ""),
        Actor(id: "c", name: "- dash: colon # hash", kind: "armed-group", partOf: "b", aliases: ["plain"]),
        Actor(id: "d", name: "12.50", kind: "person", note: "& < > \" ' all at once"),
        Actor(id: "isolated", name: "No relations at all"),
    ]
    let relations = [
        Relation(id: "r1", kind: "x-kind", source: "a", target: "b", start: .open, end: nil,
                 citations: ["yes", "key;with;semicolons"], note: "note: with \"quotes\"\nand two lines", secret: true,
                 weight: 1e-7),
        Relation(id: "r2", kind: "null", source: "c", target: "d", start: dated("2001-09~"), end: dated("2001-10?"),
                 citations: ["2001-09-13"], weight: -0.5),
        Relation(id: "r3", kind: "supports", source: "d", target: "a", start: dated("1998%"), end: .open),
        Relation(id: "r4", kind: "fights", source: "b", target: "c", start: dated("2001-09-11"), end: dated("2001-09-11"),
                 note: "   "),
        Relation(id: "r 5 with spaces", kind: "related-to", source: "a", target: "a", start: nil,
                 end: dated("2002-02-28")),
    ]
    return try! TemporalGraph(title: "Quotes \" and 'apostrophes', colons: # hashes & <tags>",
                              description: "Line one\nLine two\twith a tab", sources: sources,
                              declaredKinds: kinds, actors: actors, relations: relations)
}()
