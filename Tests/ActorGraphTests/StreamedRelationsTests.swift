import Testing
@testable import ActorGraph

// YAML and JSON readers hand each relation to the decoder as soon as it is read, and the
// decoder reads the file again only to place a problem. These tests check that nothing a
// whole-document tree gave is lost on the way.

private func graph(_ text: String, as fileExtension: String) throws -> TemporalGraph {
    try GraphLoader.load(bytes: Array(text.utf8), file: "input.\(fileExtension)", extension: fileExtension)
}

@Test func anchorsInOneRelationReachAliasesInALaterOne() throws {
    let loaded = try graph("""
    sources: { s: A source }
    actors: [{id: a}, {id: b}]
    relations:
      - {id: r1, kind: supports, source: a, target: b, evidence: &words [{source: s, quote: "the words"}]}
      - {id: r2, kind: supports, source: b, target: a, evidence: *words}
    """, as: "yaml")
    #expect(loaded.relations.map(\.id) == ["r1", "r2"])
    #expect(loaded.relations.map { $0.evidence.map(\.quote) } == [["the words"], ["the words"]])
}

@Test func anAnchoredRelationListIsReadWhole() throws {
    let loaded = try graph("""
    actors: [{id: a}, {id: b}]
    relations: &all
      - {kind: supports, source: a, target: b}
      - {kind: opposes, source: b, target: a}
    """, as: "yaml")
    #expect(loaded.relations.map(\.kind) == ["supports", "opposes"])
}

@Test func onlyTheTopLevelRelationListIsStreamed() {
    // A `relations` field inside an actor is an unknown field of that actor, as before.
    #expect(diagnostics(loading: """
    {"actors": [{"id": "a", "relations": [1]}], "relations": []}
    """, as: "json") == ["input.json:1:25: error: unknown field 'relations' in an actor; expected one of id, name, kind, partOf, group, aliases, note"])
}

@Test func aProblemInTheLastOfManyRelationsIsPlacedInBothFormats() {
    let count = 2_000
    var yaml = "actors: [{id: a}, {id: b}]\nrelations:\n"
    var json = "{\"actors\": [{\"id\": \"a\"}, {\"id\": \"b\"}],\n\"relations\": [\n"
    for index in 0..<count {
        let target = index == count - 1 ? "ghost" : "b"
        yaml += "  - {kind: supports, source: a, target: \(target), start: 2001-01-01}\n"
        json += "{\"kind\": \"supports\", \"source\": \"a\", \"target\": \"\(target)\"}\(index == count - 1 ? "" : ",")\n"
    }
    json += "]}"
    // Line 3 holds the first relation in both files; the last is on line count + 2.
    #expect(diagnostics(loading: yaml, as: "yaml") == ["input.yaml:\(count + 2):41: error: unknown actor 'ghost'"])
    #expect(diagnostics(loading: json, as: "json") == ["input.json:\(count + 2):47: error: unknown actor 'ghost'"])
}

@Test func aByteOrderMarkIsSkippedWithoutMovingColumns() {
    let text = "\u{FEFF}{\"actors\": [], \"relations\": [{\"kind\": \"supports\", \"source\": \"x\", \"target\": \"x\"}]}"
    #expect(diagnostics(loading: text, as: "json") == [
        "input.json:1:61: error: unknown actor 'x'",
        "input.json:1:76: error: unknown actor 'x'",
    ])
}
