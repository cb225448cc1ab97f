import ActorGraph
import Foundation
import Testing
import Yams
@testable import ActorGraphInterchange

@Test func bundledGraphSurvivesYAMLSaveAndLoad() throws {
    let yaml = GraphDocumentWriter.yamlText(bundledGraph)
    let again = try GraphLoader.load(bytes: Array(yaml.utf8), file: "copy.yaml", extension: "yaml")
    expectSameGraph(again, bundledGraph)
    // Saving the reloaded graph gives the same text: the writer is deterministic.
    #expect(GraphDocumentWriter.yamlText(again) == yaml)
}

@Test func bundledGraphSurvivesJSONSaveAndLoad() throws {
    let json = GraphDocumentWriter.jsonText(bundledGraph)
    let again = try GraphLoader.load(bytes: Array(json.utf8), file: "copy.json", extension: "json")
    expectSameGraph(again, bundledGraph)
}

@Test func awkwardTextSurvivesYAMLAndJSON() throws {
    for (fileExtension, text) in [("yaml", GraphDocumentWriter.yamlText(awkwardGraph)),
                                  ("json", GraphDocumentWriter.jsonText(awkwardGraph))] {
        let again = try GraphLoader.load(bytes: Array(text.utf8), file: "awkward.\(fileExtension)", extension: fileExtension)
        expectSameGraph(again, awkwardGraph)
    }
}

@Test func controlCharactersSurviveYAML() throws {
    let note = "bell \u{7} escape \u{1B} delete \u{7F} next-line \u{85} separator \u{2028} bom \u{FEFF} end"
    let graph = try TemporalGraph(actors: [Actor(id: "a", note: note)], relations: [])
    let yaml = GraphDocumentWriter.yamlText(graph)
    #expect(!yaml.unicodeScalars.contains { $0.value == 0x7 || $0.value == 0x1B || $0.value == 0x7F })
    let again = try GraphLoader.load(bytes: Array(yaml.utf8), file: "control.yaml", extension: "yaml")
    #expect(again.actors.first?.note == note)
}

@Test func yamlTextReadsBackAsTextInAnotherYAMLReader() throws {
    // Yams' own loader resolves plain scalars by YAML's rules: a plain `yes`, `null`, `12.50`
    // or `2001-09-13` would come back as a boolean, null, number or date. Every text value
    // must come back as the same string.
    let yaml = GraphDocumentWriter.yamlText(awkwardGraph)
    let document = try #require(try Yams.load(yaml: yaml) as? [String: Any])
    #expect(document["title"] as? String == awkwardGraph.title)
    let sources = try #require(document["sources"] as? [String: Any])
    for (key, reference) in awkwardGraph.sources { #expect(sources[key] as? String == reference) }
    let actors = try #require(document["actors"] as? [[String: Any]])
    for (loaded, actor) in zip(actors, awkwardGraph.actors) {
        #expect(loaded["name"] as? String == actor.name)
        #expect(loaded["kind"] as? String == actor.kind)
        if !actor.aliases.isEmpty { #expect(loaded["aliases"] as? [String] == actor.aliases) }
    }
    let kinds = try #require(document["kinds"] as? [[String: Any]])
    #expect(kinds.map { $0["id"] as? String } == ["x-kind", "null"])
    #expect(kinds.first?["cameo"] as? String == "0874")
    #expect(kinds.last?["goldstein"] as? Double == 0.125)
    let relations = try #require(document["relations"] as? [[String: Any]])
    #expect(relations.first?["weight"] as? Double == 1e-7)
    #expect(relations.map { $0["start"] as? String } == ["..", "2001-09~", "1998%", "2001-09-11", nil])
}

@Test func plainScalarsAreLeftUnquotedOnlyWhenUnambiguous() {
    #expect(YAMLEmitter.isSafePlain("Russia"))
    #expect(YAMLEmitter.isSafePlain("K2 air base (Karshi-Khanabad)"))
    #expect(YAMLEmitter.isSafePlain("one, two", inFlow: false))
    #expect(!YAMLEmitter.isSafePlain("one, two", inFlow: true))
    for ambiguous in ["yes", "No", "on", "null", "~", "", "2001-09-13", "1998", "12.5", "a: b", "a #b", "-x", "[a]",
                      "*alias", "&anchor", "!tag", "trailing ", "'quoted'", "\"quoted\"", "@at", "%percent"] {
        #expect(!YAMLEmitter.isSafePlain(ambiguous), "\(ambiguous) must be quoted")
    }
}

@Test func numbersKeepADecimalPointForYAMLOneOneReaders() {
    #expect(YAMLEmitter.floatText(7) == "7.0")
    #expect(YAMLEmitter.floatText(-0.5) == "-0.5")
    #expect(YAMLEmitter.floatText(1e-7) == "1.0e-07")
    #expect(YAMLEmitter.floatText(1e20) == "1.0e+20")
    #expect(Double(YAMLEmitter.floatText(0.1 + 0.2)) == 0.1 + 0.2)
}

@Test func snapshotExportKeepsTheActorsItsActorsLieWithin() throws {
    // On 30 September 2001 the CIA's deployment to K2 holds; K2 lies within Uzbekistan,
    // the CIA within the United States: both parents come along so that the file is valid.
    let snapshot = bundledGraph.snapshot(at: Day(year: 2001, month: 9, day: 30)!,
                                         filter: RelationFilter(kinds: ["deploys-to"]))
    let restricted = bundledGraph.restricted(to: snapshot)
    #expect(restricted.relations.map(\.id) == snapshot.relations.map(\.id))
    #expect(Set(restricted.actors.map(\.id)).isSuperset(of: ["cia", "k2-air-base", "united-states", "uzbekistan"]))
    let yaml = GraphDocumentWriter.yamlText(restricted)
    let again = try GraphLoader.load(bytes: Array(yaml.utf8), file: "snapshot.yaml", extension: "yaml")
    expectSameGraph(again, restricted)
}

@Test func writingElementByElementGivesTheTextOfTheWholeTree() throws {
    let empty = try TemporalGraph(actors: [], relations: [])
    for graph in [bundledGraph, awkwardGraph, empty] {
        let tree = GraphDocumentWriter.jsonValue(graph)
        #expect(GraphDocumentWriter.jsonText(graph) == tree.serialized(pretty: true) + "\n")
        #expect(GraphDocumentWriter.yamlText(graph) == YAMLEmitter.text(of: tree))
    }
}
