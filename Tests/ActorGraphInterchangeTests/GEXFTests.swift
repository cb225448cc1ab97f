import ActorGraph
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import ActorGraphInterchange

@Test func gexfIsDynamicGEXF13WithDateSpells() throws {
    let check = try XMLCheck(GEXFWriter.text(bundledGraph))
    let root = try #require(check.document.rootElement())
    #expect(root.localName == "gexf")
    #expect(root.uri == "http://gexf.net/1.3")
    #expect(root.value("version") == "1.3")
    let graph = try #require(try check.elements("graph").first)
    #expect(graph.value("mode") == "dynamic")
    #expect(graph.value("timeformat") == "date")
    #expect(try check.elements("node").count == 22)
    #expect(try check.elements("edge").count == 39)
}

/// The spell of the edge with this id: its start and end attributes, or nil without spells.
private func spell(_ check: XMLCheck, edge id: String) throws -> (start: String?, end: String?)? {
    let edge = try #require(try check.elements("edge").first { $0.value("id") == id })
    guard let spell = edge.children("spells").first?.children("spell").first else { return nil }
    return (spell.value("start"), spell.value("end"))
}

@Test func spellsCoverEveryDayAPartialDateMayStandFor() throws {
    let check = try XMLCheck(GEXFWriter.text(bundledGraph))
    // "Soon after" the 13 September meeting, until Tajikistan allows basing "by this time"
    // (the 22 September deal): the spell runs over the solved days, from the 14th to the 22nd.
    let airspace = try #require(try spell(check, edge: "tajikistan-denies-airspace"))
    #expect(airspace.start == "2001-09-14")
    #expect(airspace.end == "2001-09-22")
    // 1998 .. (open): from the first day of 1998, with no end.
    let cooperation = try #require(try spell(check, edge: "uzbekistan-cia-cooperation"))
    #expect(cooperation.start == "1998-01-01")
    #expect(cooperation.end == nil)
    // "later" than the 22 September deal, within September 22 - December 2001, open end.
    let later = try #require(try spell(check, edge: "other-countries-make-similar-deals"))
    #expect(later.start == "2001-09-23")
    #expect(later.end == nil)
    // Open at the start, open end: no spell, present throughout.
    #expect(try spell(check, edge: "bush-criticizes-russia-over-chechnya")?.start == nil)
}

@Test func gexfKeepsTheOriginalDatesAndKindAsAttributes() throws {
    let check = try XMLCheck(GEXFWriter.text(bundledGraph))
    let titles = Dictionary(uniqueKeysWithValues: try check.nodes("//*[local-name()='attributes'][@class='edge']/*")
        .compactMap { $0 as? XMLElement }.map { ($0.value("id") ?? "", $0.value("title") ?? "") })
    for title in ["kind", "tone", "cameo", "goldstein", "start", "end", "citations", "secret"] {
        #expect(titles.values.contains(title), "edge attribute \(title) is declared")
    }
    let edge = try #require(try check.elements("edge").first { $0.value("id") == "tajikistan-denies-airspace" })
    var values: [String: String] = [:]
    for attvalue in edge.children("attvalues").first?.children("attvalue") ?? [] {
        values[titles[attvalue.value("for") ?? ""] ?? "?"] = attvalue.value("value")
    }
    #expect(values["start"] == "soon after meeting-2001-09-13-northern-alliance")
    #expect(values["end"] == "by tajikistan-allows-us-basing")
    #expect(values["kind"] == "denies-airspace")
    #expect(values["tone"] == "conflictual")
    #expect(values["cameo"] == "1212")
    #expect(values["goldstein"] == "-4.0")
    #expect(edge.value("label") == "denies airspace")
}

@Test func everyAttributeValueNamesADeclaredAttributeOfItsClass() throws {
    let check = try XMLCheck(GEXFWriter.text(awkwardGraph))
    for domain in ["node", "edge"] {
        let declared = Set(try check.nodes("//*[local-name()='attributes'][@class='\(domain)']/*")
            .compactMap { ($0 as? XMLElement)?.value("id") })
        let used = try check.nodes("//*[local-name()='\(domain)']/*[local-name()='attvalues']/*")
            .compactMap { ($0 as? XMLElement)?.value("for") }
        #expect(!used.isEmpty)
        #expect(Set(used).isSubset(of: declared))
    }
}

@Test func anActorLivesWhileItsRelationsDo() throws {
    let check = try XMLCheck(GEXFWriter.text(bundledGraph))
    // K2's one relation, the CIA's deployment, starts after 11 September 2001 ("by this
    // time", the 22 September deal) and stays open.
    let k2 = try #require(try check.elements("node").first { $0.value("id") == "k2-air-base" })
    let spells = k2.children("spells").first?.children("spell") ?? []
    #expect(spells.count == 1)
    #expect(spells.first?.value("start") == "2001-09-11")
    #expect(spells.first?.value("end") == nil)
}

@Test func bundledGraphSurvivesYAMLToGEXFToYAML() throws {
    let gexf = GEXFWriter.text(bundledGraph)
    let loaded = try GEXFReader.read(bytes: Array(gexf.utf8), file: "copy.gexf")
    #expect(loaded.warnings.isEmpty)
    expectSameGraph(loaded.graph, bundledGraph)
    let yaml = GraphDocumentWriter.yamlText(loaded.graph)
    #expect(yaml == GraphDocumentWriter.yamlText(bundledGraph))
}

@Test func awkwardTextSurvivesGEXF() throws {
    for directions in EdgeDirections.allCases {
        let gexf = GEXFWriter.text(awkwardGraph, edgeDirections: directions)
        expectSameGraph(try GEXFReader.read(bytes: Array(gexf.utf8), file: "awkward.gexf").graph, awkwardGraph)
    }
}

@Test func mixedEdgesMarkSymmetricRelationsUndirected() throws {
    let check = try XMLCheck(GEXFWriter.text(bundledGraph, edgeDirections: .mixed))
    let undirected = try check.elements("edge").filter { $0.value("type") == "undirected" }.compactMap { $0.value("id") }
    let symmetric = bundledGraph.relations.filter { !bundledGraph.kind(of: $0).directed }.map(\.id)
    #expect(!symmetric.isEmpty)
    #expect(undirected == symmetric)
}

@Test func networkXDynamicGEXFBecomesOneRelationPerSpell() throws {
    for file in ["networkx/dynamic-1.2draft.gexf", "networkx/dynamic-1.3.gexf"] {
        let loaded = try InterchangeLoader.load(path: fixture(file))
        let graph = loaded.graph
        #expect(graph.actors.map(\.id) == ["us", "uz", "ru"])
        #expect(graph.actors.map(\.name) == ["United States", "Uzbekistan", "Russia"])
        // make_fixtures.py: us->uz negotiates in two spells, uz->us allows basing from
        // 2001-10-05 on, ru->us agrees on 2001-09-22 and opposes from 09-11 to 09-16.
        let periods = graph.relations.map { "\($0.kind) \($0.source)->\($0.target) \($0.start?.description ?? "-") \($0.end?.description ?? "-")" }
        #expect(periods == [
            "negotiates-with us->uz 2001-09-20 2001-09-25",
            "negotiates-with us->uz 2001-11-10 2001-11-10",
            "allows-basing uz->us 2001-10-05 -",
            "agrees-with ru->us 2001-09-22 2001-09-22",
            "opposes ru->us 2001-09-11 2001-09-16",
        ])
        // NetworkX's multigraph key is an attribute the model has no place for.
        #expect(loaded.warnings.map(\.message) == ["edge attribute 'networkx_key' has no place in ActorGraph's model and is ignored"])
    }
}

@Test func gephiStyleGEXFReadsDatesHierarchyAndDefaults() throws {
    let loaded = try InterchangeLoader.load(path: fixture("xml/gephi-dynamic.gexf"))
    let graph = loaded.graph
    #expect(graph.description == "Basing talks, autumn 2001")
    #expect(graph.actors.map(\.kind) == ["state", "state", "facility"])
    #expect(graph.actor(id: "k2")?.partOf == "uz")
    let basing = try #require(graph.relations.first { $0.id == "basing" })
    #expect(basing.kind == "allows-basing")
    #expect(basing.start?.description == "2001-10-05")
    #expect(basing.end == nil)
    let talks = try #require(graph.relations.first { $0.id == "talks" })
    #expect(talks.kind == RelationKind.defaultKindID)
    #expect(talks.start?.description == "2001-09-20")
    #expect(talks.end?.description == "2001-09-25")
    #expect(loaded.warnings.count == 1)
    #expect(loaded.warnings.first?.message.contains("'population'") == true)
}

@Test func anAttributeValueForAnUndeclaredAttributeIsAnError() {
    let path = fixture("xml/undeclared-attribute.gexf")
    let diagnostics = loadDiagnostics { _ = try InterchangeLoader.load(path: path) }
    #expect(diagnostics == ["\(path):11:11: error: unknown node attribute '9'; declare it in <attributes class=\"node\"> first"])
}

@Test func timesThatAreNotDatesLeaveRelationsUndated() throws {
    let gexf = """
        <?xml version="1.0"?>
        <gexf xmlns="http://gexf.net/1.3" version="1.3">
          <graph mode="dynamic" defaultedgetype="undirected" timeformat="double">
            <nodes><node id="a"/><node id="b"/></nodes>
            <edges><edge source="a" target="b"><spells><spell start="1.5" end="3.0"/></spells></edge></edges>
          </graph>
        </gexf>
        """
    let loaded = try GEXFReader.read(bytes: Array(gexf.utf8), file: "times.gexf")
    #expect(loaded.graph.relations.count == 1)
    #expect(loaded.graph.relations.first?.start == nil)
    #expect(loaded.graph.relations.first?.kind == "associated-with")
    #expect(loaded.warnings.first?.position == SourcePosition(line: 5, column: 48))
}
