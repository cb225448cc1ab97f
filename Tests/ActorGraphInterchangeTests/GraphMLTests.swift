import ActorGraph
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import ActorGraphInterchange

@Test func graphMLDeclaresAKeyForEveryDataElement() throws {
    let check = try XMLCheck(GraphMLWriter.text(awkwardGraph))
    var domainOfKey: [String: String] = [:]
    var names: Set<String> = []
    for key in try check.elements("key") {
        domainOfKey[key.value("id") ?? ""] = key.value("for")
        names.insert("\(key.value("for") ?? "") \(key.value("attr.name") ?? "")")
    }
    for expected in ["node label", "node kind", "edge kind", "edge tone", "edge weight", "edge start", "edge end",
                     "edge label", "graph title", "graph sources", "graph kinds"] {
        #expect(names.contains(expected), "a key for \(expected)")
    }
    let data = try check.elements("data")
    #expect(!data.isEmpty)
    for element in data {
        let parent = (element.parent as? XMLElement)?.localName
        #expect(domainOfKey[element.value("key") ?? ""] == parent, "data key \(element.value("key") ?? "") on <\(parent ?? "")>")
    }
}

@Test func graphMLHasAnEdgePerRelationAndANodePerActor() throws {
    let check = try XMLCheck(GraphMLWriter.text(bundledGraph))
    #expect(try check.elements("graph").first?.value("edgedefault") == "directed")
    #expect(try check.elements("node").count == 22)
    #expect(try check.elements("edge").count == 39)
    #expect(try check.elements("edge").allSatisfy { $0.value("directed") == nil })
}

@Test func bundledGraphSurvivesYAMLToGraphMLToYAML() throws {
    let graphML = GraphMLWriter.text(bundledGraph)
    let loaded = try GraphMLReader.read(bytes: Array(graphML.utf8), file: "copy.graphml")
    #expect(loaded.warnings.isEmpty)
    expectSameGraph(loaded.graph, bundledGraph)
    #expect(GraphDocumentWriter.yamlText(loaded.graph) == GraphDocumentWriter.yamlText(bundledGraph))
}

@Test func awkwardTextSurvivesGraphML() throws {
    for directions in EdgeDirections.allCases {
        let graphML = GraphMLWriter.text(awkwardGraph, edgeDirections: directions)
        expectSameGraph(try GraphMLReader.read(bytes: Array(graphML.utf8), file: "awkward.graphml").graph, awkwardGraph)
    }
}

@Test func networkXGraphMLLoadsWithKindsNamesAndWeights() throws {
    let loaded = try InterchangeLoader.load(path: fixture("networkx/directed.graphml"))
    let graph = loaded.graph
    // make_fixtures.py: three nodes, three edges; bonn is named through 'name'.
    #expect(graph.actors.map(\.id) == ["kabul", "taliban", "bonn"])
    #expect(graph.actors.map(\.name) == ["Kabul government", "Taliban", "Bonn conference"])
    #expect(graph.actors.map(\.kind) == ["state", "armed-group", "organization"])
    let fights = try #require(graph.relations.first { $0.kind == "fights" })
    #expect(fights.source == "taliban")
    #expect(fights.weight == 2.5)
    #expect(fights.start?.description == "1996")
    #expect(fights.end?.description == "2001-11-13")
    let supports = try #require(graph.relations.first { $0.kind == "supports" })
    #expect(supports.note == "Interim authority")
    let unnamed = try #require(graph.relations.first { $0.source == "kabul" })
    #expect(unnamed.kind == RelationKind.defaultKindID)
    #expect(unnamed.id == "kabul-related-to-bonn")
    #expect(loaded.warnings.map(\.message) == ["node attribute 'color' has no place in ActorGraph's model and is ignored"])
}

@Test func anUndirectedNetworkBecomesSymmetricRelations() throws {
    let graph = try InterchangeLoader.load(path: fixture("networkx/undirected.graphml")).graph
    #expect(graph.actors.map(\.id) == ["a", "b", "c", "d"])
    #expect(graph.relations.map(\.kind) == ["associated-with", "associated-with"])
    #expect(graph.kinds["associated-with"]?.directed == false)
    #expect(graph.relations.last?.weight == 3.0)
}

@Test func malformedXMLIsReportedAtTheLineWhereItBreaks() {
    let path = fixture("xml/malformed.graphml")
    let diagnostics = loadDiagnostics { _ = try InterchangeLoader.load(path: path) }
    // A node is read as it streams, so the <edge> left inside the unclosed <node> is reported
    // where it stands, before the closing tag that breaks the document.
    #expect(diagnostics.count == 2)
    #expect(diagnostics.first == "\(path):6:5: error: unknown GraphML element <edge> in <node>")
    #expect(diagnostics.last?.hasPrefix("\(path):7:") == true)
    #expect(diagnostics.last?.hasSuffix("error: malformed XML: the closing tag does not match the element it should close") == true)
}

@Test func dataForAnUndeclaredKeyIsAnError() {
    let path = fixture("xml/unknown-key.graphml")
    let diagnostics = loadDiagnostics { _ = try InterchangeLoader.load(path: path) }
    #expect(diagnostics == ["\(path):9:7: error: unknown key 'd9'; a <key> with this id must be declared first (declared: n_label)"])
}

@Test func anImpossibleDateIsReportedAtItsDataElement() {
    let path = fixture("xml/bad-date.graphml")
    let diagnostics = loadDiagnostics { _ = try InterchangeLoader.load(path: path) }
    #expect(diagnostics == ["\(path):10:7: error: 'start': impossible date '2001-13': there is no month 13"])
}

@Test func brokenReferencesPointAtTheEdge() {
    let graphML = """
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
          <graph edgedefault="directed">
            <node id="a"/>
            <edge id="e" source="a" target="nobody"/>
          </graph>
        </graphml>
        """
    let diagnostics = loadDiagnostics { _ = try GraphMLReader.read(bytes: Array(graphML.utf8), file: "broken.graphml") }
    #expect(diagnostics == ["broken.graphml:4:5: error: unknown actor 'nobody'"])
}

@Test func anEmptyFileIsNotAGraph() {
    let diagnostics = loadDiagnostics { _ = try GraphMLReader.read(bytes: [], file: "empty.graphml") }
    #expect(diagnostics == ["empty.graphml:1:1: error: the file is empty; expected an XML document"])
}
