import Testing
@testable import ActorGraph

@Test func aCSVEdgeListLoadsIntoTheModel() throws {
    let text = "source,target,kind,weight,start,end,note\r\n"
        + "a,b,supports,1.5,2001-09,2001-10,\"said \"\"yes\"\", then left\"\r\n"
        + "b,\"c, the third\",,,..,,\n"
        + "\n"
    let graph = try GraphLoader.load(bytes: Array(text.utf8), file: "e.csv", extension: "csv")
    #expect(graph.actors.map(\.id) == ["a", "b", "c, the third"])
    #expect(graph.actors.allSatisfy { $0.kind == ActorKind.unspecified })
    #expect(graph.relations.count == 2)
    #expect(graph.relations[0] == Relation(id: "row-2", kind: "supports", source: "a", target: "b",
                                           start: dated("2001-09"), end: dated("2001-10"),
                                           note: "said \"yes\", then left", weight: 1.5))
    #expect(graph.relations[1].kind == RelationKind.defaultKindID)
    #expect(graph.relations[1].start == .open)
    #expect(graph.relations[1].end == nil)
}

@Test func aSnapshotWrittenAsCSVReadsBackTheSame() throws {
    // CSV carries no kind declarations, so the snapshot keeps to the built-in kinds.
    let snapshot = bundledGraph.snapshot(at: day(2001, 9, 22), filter: RelationFilter(kinds: Set(RelationKind.builtIn.keys)))
    let reread = try GraphLoader.load(bytes: Array(snapshot.csvText().utf8), file: "s.csv", extension: "csv")
    #expect(reread.relations.map(\.id) == snapshot.relations.map(\.id))
    // Relative dates on relations left out are written as their solved ranges, so every date
    // solves to the same days as in the whole graph.
    for (index, position) in snapshot.relationPositions.map(Int.init).enumerated() {
        #expect(reread.startRange(ofRelationAt: index) == bundledGraph.startRange(ofRelationAt: position))
        #expect(reread.endRange(ofRelationAt: index) == bundledGraph.endRange(ofRelationAt: position))
    }
    #expect(reread.relations.contains { $0.start?.isRelative == true })
    #expect(reread.relations.map(\.note) == snapshot.relations.map(\.note))
    #expect(reread.relations.map(\.secret) == snapshot.relations.map(\.secret))
}

@Test func everyBadCSVRowIsReportedAtItsLineAndColumn() {
    let text = """
    source,target,kind,weight,start,end
    a,b,supports,1.5,2001-09,2001-10
    a,,supports,,,
    a,b,hugs,,,
    a,b,supports,lots,2001-02-30,
    "a,b",c
    a,b,supports,,2002,2001
    """
    #expect(diagnostics(loading: text, as: "csv", file: "edges") == [
        "edges.csv:3:3: error: empty target",
        "edges.csv:4:5: error: unknown relation kind 'hugs'",
        "edges.csv:5:14: error: 'weight' must be a finite number, not 'lots'",
        "edges.csv:5:27: error: 'start': impossible date '2001-02-30': February 2001 has 28 days",
        "edges.csv:6:1: error: row has 2 fields; the header names 6",
        "edges.csv:7:20: error: end 2001 is before start 2002",
    ])
}

@Test func badCSVHeadersAndQuotesAreReported() {
    #expect(diagnostics(loading: "from,target,colour\n", as: "csv") == [
        "input.csv:1:1: error: unknown column 'from'; expected source, target, kind, weight, start, end, id, note, secret, citations, evidence",
        "input.csv:1:1: error: the header names no 'source' column",
        "input.csv:1:13: error: unknown column 'colour'; expected source, target, kind, weight, start, end, id, note, secret, citations, evidence",
    ])
    #expect(diagnostics(loading: "source,target\na,\"b\n", as: "csv") == ["input.csv:2:3: error: unterminated quoted field"])
    #expect(diagnostics(loading: "", as: "csv") == [
        "input.csv:1:1: error: the file is empty; expected a header row naming source and target columns",
    ])
}
