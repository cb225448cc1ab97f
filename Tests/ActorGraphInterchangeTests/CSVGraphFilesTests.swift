import ActorGraph
import Foundation
import Testing
@testable import ActorGraphInterchange

@Test func bundledGraphSurvivesCSVWithItsNodeAndKindTables() throws {
    let directory = try makeTemporaryDirectory()
    let path = directory.appendingPathComponent("central-asia.csv").path
    let written = try InterchangeWriter().write(bundledGraph, to: path)
    #expect(written.map { ($0 as NSString).lastPathComponent }
        == ["central-asia.csv", "central-asia.nodes.csv", "central-asia.kinds.csv"])
    let graph = try InterchangeLoader.load(path: path).graph
    #expect(graph.actors == bundledGraph.actors)
    #expect(graph.relations == bundledGraph.relations)
    #expect(graph.declaredKinds == bundledGraph.declaredKinds)
    // A CSV graph has no title, and a citation key stands for itself.
    #expect(graph.title == nil)
    #expect(Array(graph.sources.keys) == Array(bundledGraph.sources.keys))
}

@Test func edgesCSVGoesWithNodesCSVAndKindsCSV() {
    #expect(CSVGraphFiles.path(of: .nodes, forEdgeList: "out/edges.csv") == "out/nodes.csv")
    #expect(CSVGraphFiles.path(of: .kinds, forEdgeList: "edges.csv") == "kinds.csv")
    #expect(CSVGraphFiles.path(of: .nodes, forEdgeList: "/tmp/graph.csv") == "/tmp/graph.nodes.csv")
    #expect(CSVGraphFiles.isCompanionTable("out/nodes.csv"))
    #expect(CSVGraphFiles.isCompanionTable("graph.kinds.csv"))
    #expect(!CSVGraphFiles.isCompanionTable("graph.csv"))
}

@Test func anEdgeListReadsAlikeWithAndWithoutANodeTableBesideIt() throws {
    // Beside a node or kind table the edge list is read by the same core row reader.
    let csv = #"""
        id,source,target,kind,start,end,weight,secret,note,citations
        ,a,b,supports,2001-09~,..,2.5,yes,"quoted, with ""quotes""",s1;s2
        r2,b,c,,1998,,,0,,
        r3,c,a,fights,,2001-12-31,-1,false,"two
        lines",s2

        """#
    let directory = try makeTemporaryDirectory()
    let path = directory.appendingPathComponent("edges.csv").path
    try csv.write(toFile: path, atomically: true, encoding: .utf8)
    let core = try GraphLoader.load(path: path)
    #expect(core.relations.first?.citations == ["s1", "s2"])
    #expect(core.relations.first?.note == "quoted, with \"quotes\"")
    // With an (empty) node table beside it, the same file loads through the row reader.
    try "id,name\n".write(toFile: directory.appendingPathComponent("nodes.csv").path, atomically: true, encoding: .utf8)
    let beside = try InterchangeLoader.load(path: path).graph
    #expect(beside.relations == core.relations)
    #expect(beside.actors == core.actors)
}

@Test func nodeTableProblemsPointIntoTheNodeTable() throws {
    let directory = try makeTemporaryDirectory()
    let edges = directory.appendingPathComponent("edges.csv").path
    let nodes = directory.appendingPathComponent("nodes.csv").path
    try "source,target\na,b\n".write(toFile: edges, atomically: true, encoding: .utf8)
    try "id,name,partOf\na,Alpha,nowhere\nb,Beta,\n".write(toFile: nodes, atomically: true, encoding: .utf8)
    #expect(loadDiagnostics { _ = try InterchangeLoader.load(path: edges) } == ["\(nodes):2:9: error: unknown actor 'nowhere'"])
    try "id,colour\na,red\n".write(toFile: nodes, atomically: true, encoding: .utf8)
    #expect(loadDiagnostics { _ = try InterchangeLoader.load(path: edges) }
        == ["\(nodes):1:4: error: unknown column 'colour'; expected id, name, kind, partOf, group, aliases, note"])
    #expect(loadDiagnostics { _ = try InterchangeLoader.load(path: nodes) }
        == ["\(nodes):1:1: error: this is a node or kind table; load the edge list it goes with"])
}

@Test func unknownExtensionsAreNamed() {
    #expect(loadDiagnostics { _ = try InterchangeLoader.load(path: "graph.xlsx") }
        == ["graph.xlsx:1:1: error: cannot read this kind of file; expected .yaml, .yml, .json, .csv, .graphml, .gexf"])
    #expect(throws: InterchangeWriter.WriteError.self) { try InterchangeWriter().files(for: bundledGraph, path: "graph.pdf") }
}
