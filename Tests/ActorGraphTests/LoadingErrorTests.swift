import Testing
@testable import ActorGraph

private let brokenYAML = """
title: Broken
sources:
  s1: A source
actors:
  - { id: a, name: A, kind: state }
  - id: b
    kind: state
  - id: a
    kind: state
relations:
  - kind: supports
    source: a
    target: ghost
    start: 2001-02-30
  - kind: hugs
    source: a
    target: b
  - kind: supports
    source: a
    target: b
    start: 2002
    end: 2001
  - kind: supports
    source: b
    target: a
    secret: maybe
    weight: heavy
    strat: 2001
  - source: a
    target: b
    citations: [s2]
"""

@Test func everyYAMLProblemIsReportedAtItsLineAndColumnInOneRun() {
    #expect(diagnostics(loading: brokenYAML, as: "yaml", file: "broken") == [
        "broken.yaml:8:9: error: duplicate actor id 'a' (first declared as actor 1)",
        "broken.yaml:13:13: error: unknown actor 'ghost'",
        "broken.yaml:14:20: error: 'start': impossible date '2001-02-30': February 2001 has 28 days",
        "broken.yaml:15:11: error: unknown relation kind 'hugs'",
        "broken.yaml:22:10: error: end 2001 is before start 2002",
        "broken.yaml:26:13: error: 'secret' must be true, false or the date the secret ended, not 'maybe'",
        "broken.yaml:27:13: error: 'weight' must be a finite number",
        "broken.yaml:28:5: error: unknown field 'strat' in a relation; did you mean 'start'?",
        "broken.yaml:29:5: error: missing field 'kind' in a relation",
    ])
}

@Test func mistypedFieldsAreNamedWithWhatWasExpected() {
    let text = """
    actors:
      - id: a
        aliases: { x: 1 }
      - id: [b]
    relations: nope
    """
    #expect(diagnostics(loading: text, as: "yaml") == [
        "input.yaml:3:14: error: 'aliases' must be a list of text, not a mapping",
        "input.yaml:4:9: error: 'id' must be text, not a list",
        "input.yaml:5:12: error: 'relations' must be a list, not a scalar",
    ])
}

@Test func yamlSyntaxErrorsPointIntoTheFile() {
    let messages = diagnostics(loading: "actors:\n  - id: a\n   bad: [\n", as: "yaml")
    #expect(messages.count == 1)
    #expect(messages.first?.hasPrefix("input.yaml:3:") == true)
    #expect(messages.first?.contains("error: invalid YAML") == true)
    #expect(diagnostics(loading: "", as: "yaml") == [
        "input.yaml:1:1: error: the file is empty; expected a mapping with 'actors' and 'relations'",
    ])
}

@Test func jsonProblemsAreReportedAtTheirPositions() {
    let text = """
    {
      "actors": [{"id": "a"}, {"id": "b", "kind": "state"}],
      "relations": [
        {"kind": "supports", "source": "a", "target": "c", "start": "2001-9"},
        {"kind": "supports", "source": "a", "target": "b", "secret": "true"}
      ]
    }
    """
    #expect(diagnostics(loading: text, as: "json") == [
        "input.json:4:51: error: unknown actor 'c'",
        "input.json:4:66: error: 'start': malformed date '2001-9'; expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ~, ? or %, or '..'",
        "input.json:5:66: error: 'secret' must be true, false or the date the secret ended, not 'true'",
    ])
}

@Test func jsonSyntaxErrorsPointIntoTheFile() {
    #expect(diagnostics(loading: "{\n  \"actors\": [1, 2,,]\n}", as: "json") == [
        "input.json:2:19: error: invalid JSON: unexpected character ','; expected a value",
    ])
    #expect(diagnostics(loading: "{\"title\": \"open", as: "json") == [
        "input.json:1:16: error: invalid JSON: unterminated string",
    ])
}

@Test func jsonAndYAMLOfTheSameDocumentLoadTheSameGraph() throws {
    let yaml = """
    title: "Quotes \\" and unicode \\u00e9"
    actors:
      - { id: a, name: "Á", kind: state, aliases: [x, y] }
      - { id: b }
    relations:
      - { id: r1, kind: supports, source: a, target: b, start: 2001-09~, end: .., weight: 2.5, secret: true, note: "n" }
    """
    let json = """
    {"title": "Quotes \\" and unicode \\u00e9",
     "actors": [{"id": "a", "name": "\\u00c1", "kind": "state", "aliases": ["x", "y"]}, {"id": "b"}],
     "relations": [{"id": "r1", "kind": "supports", "source": "a", "target": "b", "start": "2001-09~", "end": "..",
                    "weight": 2.5, "secret": true, "note": "n"}]}
    """
    let fromYAML = try GraphLoader.load(bytes: Array(yaml.utf8), file: "g.yaml", extension: "yaml")
    let fromJSON = try GraphLoader.load(bytes: Array(json.utf8), file: "g.json", extension: "json")
    #expect(fromYAML.title == "Quotes \" and unicode é")
    #expect(fromYAML.title == fromJSON.title)
    #expect(fromYAML.actors == fromJSON.actors)
    #expect(fromYAML.relations == fromJSON.relations)
    #expect(fromJSON.relations.first?.start == DateExpression(PartialDate(year: 2001, month: 9, qualifier: .approximate)!))
    #expect(fromJSON.relations.first?.end == .open)
    #expect(fromJSON.actors.first?.name == "Á")
}

@Test func relationsWithoutIDsGetStableDerivedOnes() throws {
    let yaml = """
    actors: [{ id: a }, { id: b }]
    relations:
      - { kind: supports, source: a, target: b }
      - { kind: supports, source: a, target: b, start: 2001 }
      - { id: a-supports-b-3, kind: opposes, source: b, target: a }
      - { kind: supports, source: a, target: b }
    """
    let graph = try GraphLoader.load(bytes: Array(yaml.utf8), file: "g.yaml", extension: "yaml")
    #expect(graph.relations.map(\.id) == ["a-supports-b", "a-supports-b-2", "a-supports-b-3", "a-supports-b-4"])
}
