import ActorGraph
import ActorGraphGraphviz
import Foundation
import Testing

/// The bundled graph on 2001-09-22, checked against what the YAML says (counted by hand)
/// and against Graphviz's own parser and renderer.
@Suite("Diagram of the bundled graph")
struct BundledDiagramTests {
    /// Counted by hand in Graphs/central-asia-2001.yaml: every relation possibly active on
    /// 2001-09-22. Not: Russia's opposition (it ends when Russia switches, by the 17th), the
    /// 13 and 17 September meetings, the press reports ("within days" after the deal) and the
    /// other countries' deals ("later").
    static let relationsActiveOn22September = 27
    /// Every actor but Kazakhstan, Kyrgyzstan and Turkmenistan (only at the 17 September
    /// meeting), the unnamed other countries and the newspapers (both later).
    static let actorsActiveOn22September = 17
    /// CIA, US Army, US forces, Bush -> United States; Putin, Russian intelligence, the
    /// veterans -> Russia; K2 -> Uzbekistan.
    static let partOfLinksOn22September = 8

    let graph: TemporalGraph
    let diagram: RelationDiagram

    init() throws {
        graph = bundledGraph
        // Today's drawing, one edge per relation (`--no-merge`); MergedEdgeTests covers merged edges.
        diagram = RelationDiagram(snapshot: graph.snapshot(at: day("2001-09-22")),
                                  options: DiagramOptions(mergesParallel: false))
    }

    /// The tone a Graphviz colour list shows (`#rrggbb`, or `a:invis:b` for parallel lines):
    /// every drawn colour blue for cooperative, red for conflictual, grey for neutral.
    static func tone(ofColor list: String) -> Tone? {
        let tones = Set(list.split(separator: ":").map { String($0.split(separator: ";")[0]) }
            .filter { $0 != "invis" }.map(tone(ofSingleColor:)))
        return tones.count == 1 ? tones.first ?? nil : nil
    }

    /// The tone one colour `#rrggbb` shows, or nil.
    /// A trailing opacity (`#rrggbbaa`, lighter for relations only possibly active) keeps the hue.
    static func tone(ofSingleColor text: String) -> Tone? {
        guard text.hasPrefix("#"), text.count == 7 || text.count == 9,
              let value = Int(text.dropFirst().prefix(6), radix: 16) else { return nil }
        let (red, green, blue) = (value >> 16, (value >> 8) & 0xff, value & 0xff)
        if blue > red + 40 { return .cooperative }
        if red > blue + 40 { return .conflictual }
        return abs(red - green) < 30 && abs(green - blue) < 30 ? .neutral : nil
    }

    /// Read back by Graphviz's own parser (cgraph), every relation of the day is one edge from
    /// its source to its target that shows the README's marks for its kind as the YAML file
    /// declares it: no arrow for a symmetric kind, the tone's colour, "secret" on a secret relation.
    @Test func graphvizReadsEveryRelationWithItsEndsAndMarks() throws {
        let parsed = try GraphvizRenderer.parse(diagram.dotText)
        let edgesByID = Dictionary(parsed.edges.compactMap { edge in edge.attributes["id"].map { ($0, edge) } },
                                   uniquingKeysWith: { first, _ in first })
        let relations = graph.snapshot(at: day("2001-09-22")).relations
        #expect(relations.count == Self.relationsActiveOn22September)
        for relation in relations {
            let edge = try #require(edgesByID["relation-\(relation.id)"], "no edge for \(relation.id)")
            #expect(edge.tail == relation.source && edge.head == relation.target, "\(relation.id): \(edge)")
            let kind = graph.kind(of: relation)
            #expect((edge.attributes["dir"] == "none") == !kind.directed, "\(relation.id): \(edge)")
            #expect(Self.tone(ofColor: edge.attributes["color"] ?? "") == kind.tone, "\(relation.id): \(edge)")
            #expect((edge.attributes["label"] ?? "").contains("secret") == relation.secret, "\(relation.id): \(edge)")
        }
        // Part-of links run from the whole to its part, dotted.
        let partOf = parsed.edges.filter { $0.attributes["id"]?.hasPrefix("part-of-") == true }
        #expect(partOf.count == Self.partOfLinksOn22September)
        for link in partOf {
            #expect(graph.actor(id: link.head)?.partOf == link.tail, "\(link)")
            #expect(link.attributes["style"] == "dotted", "\(link)")
        }
    }

    @Test func dotTextIsTheSameOnEveryRun() {
        let again = RelationDiagram(snapshot: graph.snapshot(at: day("2001-09-22")),
                                    options: DiagramOptions(mergesParallel: false))
        #expect(again.dotText == diagram.dotText)
    }

    @Test func graphvizReadsEveryActorRelationAndPartOfLink() throws {
        let parsed = try GraphvizRenderer.parse(diagram.dotText)
        let actorNodes = parsed.nodes.filter { !$0.name.hasPrefix("legend-") }
        #expect(actorNodes.count == Self.actorsActiveOn22September)
        #expect(!actorNodes.contains { $0.name == "kazakhstan" || $0.name == "press" })
        #expect(parsed.edgeIDs.filter { $0.hasPrefix("relation-") }.count == Self.relationsActiveOn22September)
        #expect(parsed.edgeIDs.filter { $0.hasPrefix("part-of-") }.count == Self.partOfLinksOn22September)
        #expect(parsed.subgraphNames == ["cluster_legend"])
    }

    @Test func dotTextStatesTheMeaningOfEachRelation() {
        let lines = diagram.dotText.split(separator: "\n").map(String.init)
        func line(_ prefix: String) -> String { lines.first { $0.trimmingCharacters(in: .whitespaces).hasPrefix(prefix) } ?? "" }
        // Symmetric: the US-Russian deal has no arrow.
        #expect(line(#""united-states" -> "russia" [id="relation-us-russia-deal""#).contains(#"dir="none""#))
        // Directed and secret: Uzbekistan (host) allows basing to the United States (guest), marked secret.
        let basing = line(#""uzbekistan" -> "united-states" [id="relation-uzbekistan-allows-us-basing""#)
        #expect(basing.contains(#"label="secret""#) && basing.contains(#"arrowhead="box""#) && basing.contains(##"color="#2166ac""##))
        // Conflictual: red, with a blocking arrowhead.
        let opposes = line(#""united-states" -> "taliban""#)
        #expect(opposes.contains(##"color="#b2182b""##) && opposes.contains(#"arrowhead="tee""#))
        // Part of: from the whole, hollow diamond at the whole.
        let partOf = line(#""russia" -> "putin""#)
        #expect(partOf.contains(#"dir="back""#) && partOf.contains(#"arrowtail="odiamond""#) && partOf.contains(#"style="dotted""#))
        // Title: the graph's title and the date.
        #expect(diagram.dotText.contains(#"label="US basing in Central Asia after 11 September 2001\n2001-09-22""#))
    }

    @Test func svgParsesAsXMLAndNamesEveryActiveActor() throws {
        let svg = try SVGDocument(data: diagram.render(as: .svg).data)
        let snapshot = graph.snapshot(at: day("2001-09-22"))
        #expect(snapshot.actors.count == Self.actorsActiveOn22September)
        let nodesByTitle = Dictionary(svg.nodes.map { ($0.title, $0) }, uniquingKeysWith: { first, _ in first })
        for actor in snapshot.actors {
            let node = try #require(nodesByTitle[actor.id], "no node for \(actor.id)")
            #expect(node.texts.joined(separator: " ") == actor.name)
        }
        #expect(svg.edges.filter { $0.id.hasPrefix("relation-") }.count == Self.relationsActiveOn22September)
        // The legend names every relation kind drawn.
        for kind in Set(snapshot.relations.map(\.kind)) {
            #expect(svg.allTexts.contains(graph.kinds[kind]?.label ?? kind), "legend lacks \(kind)")
        }
        #expect(svg.allTexts.contains("2001-09-22"))
    }

    @Test func pngAndPDFStartWithTheirMagicBytes() throws {
        let png = try diagram.render(as: .png).data
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let pdf = try diagram.render(as: .pdf).data
        #expect(Array(pdf.prefix(5)) == Array("%PDF-".utf8))
    }

    @Test func renderedDOTCarriesAPositionForEveryNode() throws {
        let laidOut = String(decoding: try diagram.render(as: .dot).data, as: UTF8.self)
        let layout = try GraphvizRenderer.layout(laidOut, engine: .pinned)
        for actor in graph.snapshot(at: day("2001-09-22")).actors {
            #expect(layout.nodes[actor.id] != nil)
        }
    }

    @Test func anUnknownEngineIsReportedByGraphviz() {
        var options = DiagramOptions()
        options.engine = LayoutEngine(rawValue: "bogus")
        let diagram = RelationDiagram(snapshot: graph.snapshot(at: day("2001-09-22")), options: options)
        #expect(throws: GraphvizError.self) { try diagram.render(as: .svg) }
        do {
            _ = try diagram.render(as: .svg)
        } catch {
            #expect(error.stage == .layout)
            #expect(error.description.contains(#"Layout type: "bogus" not recognized"#))
        }
    }

    @Test(arguments: LayoutEngine.diagramEngines)
    func everyEngineDrawsEveryActiveActor(engine: LayoutEngine) throws {
        var options = DiagramOptions()
        options.engine = engine
        let diagram = RelationDiagram(snapshot: graph.snapshot(at: day("2001-09-17")), options: options)
        let svg = try SVGDocument(data: diagram.render(as: .svg).data)
        let titles = Set(svg.nodeTitles)
        for actor in graph.snapshot(at: day("2001-09-17")).actors {
            #expect(titles.contains(actor.id), "\(engine) lost \(actor.id)")
        }
    }

    @Test func nodeScoresMakeHigherScoringActorsLarger() throws {
        func heights(scores: [String: Double]) throws -> (svg: SVGDocument, height: (String) throws -> Double) {
            var options = DiagramOptions()
            options.nodeScores = scores
            options.nodeScoreName = "betweenness"
            let diagram = RelationDiagram(snapshot: graph.snapshot(at: day("2001-09-22")), options: options)
            let svg = try SVGDocument(data: diagram.render(as: .svg).data)
            return (svg, { id in
                let node = try #require(svg.nodes.first { $0.title == id })
                let ys = node.shapePoints.map(\.1)
                return (ys.max() ?? 0) - (ys.min() ?? 0)
            })
        }
        // Without scores, two one-line state boxes are equally tall.
        let plain = try heights(scores: [:])
        #expect(try abs(plain.height("united-states") - plain.height("iran")) < 0.01)
        #expect(!plain.svg.allTexts.contains("size: betweenness"))
        let scored = try heights(scores: ["united-states": 0.9, "russia": 0.3, "iran": 0])
        #expect(try scored.height("united-states") > scored.height("russia"))
        #expect(try scored.height("russia") > scored.height("iran"))
        #expect(scored.svg.allTexts.contains("size: betweenness"))
    }
}
