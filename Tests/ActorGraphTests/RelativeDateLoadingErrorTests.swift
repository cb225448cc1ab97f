import Testing
@testable import ActorGraph

// Relative dates that cannot be solved, reported at the place they are written. Every
// expected line and column is counted by hand in the text of the test.

@Test func anUnknownAnchorIsReportedAtTheAnchorInYAMLJSONAndCSV() {
    let yaml = """
    actors:
      - id: a
      - id: b
    relations:
      - id: refusal
        kind: supports
        source: b
        target: a
        start: soon after ghost
    """
    // "    start: " is 11 columns, the value starts at 12 and 'ghost' 11 bytes into it.
    #expect(diagnostics(loading: yaml, as: "yaml", file: "dates") == [
        "dates.yaml:9:23: error: unknown relation 'ghost' to anchor on",
    ])
    let json = """
    {"actors": [{"id": "a"}, {"id": "b"}],
     "relations": [
      {"id": "refusal", "kind": "supports", "source": "b", "target": "a", "start": "soon after ghost"}
     ]}
    """
    #expect(diagnostics(loading: json, as: "json", file: "dates") == [
        "dates.json:3:92: error: unknown relation 'ghost' to anchor on",
    ])
    let csv = """
    id,source,target,kind,start,end
    meeting,a,b,supports,2001-09-13,2001-09-13
    refusal,b,a,supports,soon after ghost,2001-09-30
    """
    #expect(diagnostics(loading: csv, as: "csv", file: "dates") == [
        "dates.csv:3:33: error: unknown relation 'ghost' to anchor on",
    ])
}

/// Each diagnostic up to the name of the date at fault, in line order.
private func contradictionPlaces(_ diagnostics: [String]) -> [String] {
    diagnostics.map { $0.components(separatedBy: " cannot hold").first ?? $0 }.sorted()
}

@Test func aCycleAcrossLinesIsReportedAtEveryDateInIt() {
    // p starts after q ends, q starts after p ends: with each start no later than its end,
    // p.start > q.end >= q.start > p.end >= p.start.
    let yaml = """
    actors:
      - id: a
      - id: b
    relations:
      - id: p
        kind: supports
        source: a
        target: b
        start: after q
        end: 2001-09-20
      - id: q
        kind: supports
        source: a
        target: b
        start: after p
        end: 2001-09-20
    """
    #expect(contradictionPlaces(diagnostics(loading: yaml, as: "yaml", file: "cycle")) == [
        "cycle.yaml:10:10: error: contradictory dates: 'p' ending no earlier than it starts",
        "cycle.yaml:15:12: error: contradictory dates: start 'after p' of 'q'",
        "cycle.yaml:16:10: error: contradictory dates: 'q' ending no earlier than it starts",
        "cycle.yaml:9:12: error: contradictory dates: start 'after q' of 'p'",
    ])
    let csv = """
    id,source,target,kind,start,end
    p,a,b,supports,after q,2001-09-20
    q,a,b,supports,after p,2001-09-20
    """
    // 'p,a,b,supports,' is 15 columns: start at 16, end at 24.
    #expect(contradictionPlaces(diagnostics(loading: csv, as: "csv", file: "cycle")) == [
        "cycle.csv:2:16: error: contradictory dates: start 'after q' of 'p'",
        "cycle.csv:2:24: error: contradictory dates: 'p' ending no earlier than it starts",
        "cycle.csv:3:16: error: contradictory dates: start 'after p' of 'q'",
        "cycle.csv:3:24: error: contradictory dates: 'q' ending no earlier than it starts",
    ])
}

@Test func aDateThatCannotMeetItsAnchorIsReportedAtBoth() {
    // The refusal is placed on 10 September and after a meeting that ended on the 13th.
    let json = """
    {"actors": [{"id": "a"}, {"id": "b"}],
     "relations": [
      {"id": "meeting", "kind": "supports", "source": "a", "target": "b", "end": "2001-09-13"},
      {"id": "refusal", "kind": "supports", "source": "b", "target": "a", "start": "2001-09-10 & after meeting"}
     ]}
    """
    let found = contradictionPlaces(diagnostics(loading: json, as: "json", file: "impossible"))
    // Line 3: the meeting's end value opens at column 78 (text at 79); line 4: the start value
    // opens at column 80 (text at 81, 'after' 13 bytes in, at 94). The refusal's date is
    // named once, at its bound or at its term, whichever the cycle meets first.
    #expect(found.count == 2)
    #expect(found.first == "impossible.json:3:79: error: contradictory dates: end '2001-09-13' of 'meeting'")
    #expect(found.last == "impossible.json:4:81: error: contradictory dates: start '2001-09-10 & after meeting' of 'refusal'"
        || found.last == "impossible.json:4:94: error: contradictory dates: start '2001-09-10 & after meeting' of 'refusal'")
}
