import ActorGraph
import ActorGraphGraphviz
import Foundation
import Testing

/// Parallel relations drawn as one edge, checked with Graphviz's own parser and renderer.
@Suite("Merged edges")
struct MergedEdgeTests {
    /// Read in Graphs/central-asia-2001.yaml for 22 September: the deal, three of its terms
    /// (the Chechnya term and the criticism are Bush's) and the collective offer (it ends by the
    /// deal) join Russia and the United States.
    static let russiaUnitedStatesOn22September: Set = [
        "us-russia-deal", "deal-term-temporary-bases", "deal-term-consultation", "deal-term-economic-integration",
        "russia-offers-collective-deal",
    ]

    let graph: TemporalGraph
    let snapshot: Snapshot

    init() throws {
        graph = bundledGraph
        snapshot = graph.snapshot(at: day("2001-09-22"))
    }

    /// Edges expected by brute force: directed relations by ordered pair; a symmetric one
    /// adds an edge only when no relation of its pair (either way) is directed and no
    /// symmetric one came first.
    static func expectedEdgeCount(_ relations: [Relation], graph: TemporalGraph) -> Int {
        var directed = Set<[String]>()
        for relation in relations where graph.kind(of: relation).directed { directed.insert([relation.source, relation.target]) }
        var symmetric = Set<Set<String>>()
        for relation in relations where !graph.kind(of: relation).directed {
            if directed.contains([relation.source, relation.target]) || directed.contains([relation.target, relation.source]) { continue }
            symmetric.insert([relation.source, relation.target])
        }
        return directed.count + symmetric.count
    }

    func classTokens(_ group: SVGDocument.Group) -> [String] {
        group.className.split(separator: " ").dropFirst().map(String.init)
    }

    @Test func oneEdgeJoinsRussiaAndTheUnitedStatesWithAllFiveRelations() throws {
        let diagram = RelationDiagram(snapshot: snapshot)
        let svg = try SVGDocument(data: diagram.render(as: .svg).data)
        let between = svg.edges.filter { ["russia->united-states", "united-states->russia"].contains($0.title) }
        #expect(between.count == 1)
        let edge = try #require(between.first)
        let named = Set(classTokens(edge).filter { $0.hasPrefix("relation-") }.map { String($0.dropFirst("relation-".count)) })
        #expect(named == Self.russiaUnitedStatesOn22September)
        #expect(edge.texts.contains("×5"))
        // The strongest is the deal itself (agrees-with, Goldstein 8.0): its thick blue line.
        let dot = diagram.dotText
        let line = try #require(dot.split(separator: "\n").first { $0.contains(#"id="relations-united-states-russia""#) })
        #expect(line.contains(##"color="#2166ac""##) && line.contains(#"penwidth="2.8""#))
    }

    @Test func graphvizReadsOneEdgePerPairAndDirection() throws {
        let diagram = RelationDiagram(snapshot: snapshot)
        let parsed = try GraphvizRenderer.parse(diagram.dotText)
        let relationEdges = parsed.edgeIDs.filter { $0.hasPrefix("relation") }
        #expect(relationEdges.count == Self.expectedEdgeCount(snapshot.relations, graph: graph))
        #expect(relationEdges.count < snapshot.relations.count)
    }

    @Test func everyRelationIsNamedByExactlyOneEdgeAndItsLabelRow() throws {
        var options = DiagramOptions()
        options.edgeLabels = true
        let svg = try SVGDocument(data: RelationDiagram(snapshot: snapshot, options: options).render(as: .svg).data)
        let tokens = svg.edges.flatMap(classTokens)
        for relation in snapshot.relations {
            #expect(tokens.filter { $0 == "relation-" + relation.id }.count == 1, "\(relation.id)")
        }
        // The table: the count, then a row per relation with its dates and the secret mark; a
        // relative date as the day it solves to ("on us-russia-deal": the deal of 22 September).
        let deal = try #require(svg.edges.first { $0.id == "relations-united-states-russia" })
        #expect(deal.texts.first == "×5 relations")
        // The deal and its three terms are still secret on the 22nd: four marks.
        #expect(deal.texts.count == 1 + 5 + 4)
        #expect(deal.texts.contains("agrees with, 2001-09-22 ") && deal.texts.contains("secret"))
        #expect(deal.texts.contains("pledges to, from 2001-09-22 "))
    }

    @Test func noMergeKeepsOneEdgePerRelation() throws {
        var options = DiagramOptions()
        options.mergesParallel = false
        let parsed = try GraphvizRenderer.parse(RelationDiagram(snapshot: snapshot, options: options).dotText)
        #expect(parsed.edgeIDs.filter { $0.hasPrefix("relation-") }.count == snapshot.relations.count)
    }

    @Test func theLegendExplainsMergedEdgesOnlyWhenOneIsDrawn() throws {
        let merged = try SVGDocument(data: RelationDiagram(snapshot: snapshot).render(as: .svg).data)
        #expect(merged.allTexts.contains("3 relations, one line in the strongest's style"))
        var options = DiagramOptions()
        options.mergesParallel = false
        let separate = try SVGDocument(data: RelationDiagram(snapshot: snapshot, options: options).render(as: .svg).data)
        #expect(!separate.allTexts.contains { $0.hasPrefix("3 relations") })
    }

    @Test func aSymmetricRelationJoinsTheDirectedEdgeRunningTheOtherWay() throws {
        let graph = try TemporalGraph(
            actors: [Actor(id: "a"), Actor(id: "b")],
            relations: [Relation(id: "ab", kind: "supports", source: "a", target: "b"),
                        Relation(id: "ba-talks", kind: "negotiates-with", source: "b", target: "a"),
                        Relation(id: "ba", kind: "criticizes", source: "b", target: "a")])
        let bundling = RelationBundling(relations: graph.relations, graph: graph)
        // Directed ones both ways stay apart; the talks join the first directed edge that matches either way.
        #expect(bundling.bundles.map(\.relationIDs) == [["ab"], ["ba-talks", "ba"]])
        let parsed = try GraphvizRenderer.parse(RelationDiagram(snapshot: graph.wholeGraph()).dotText)
        #expect(parsed.edgeIDs.filter { $0.hasPrefix("relation") }.count == 2)
    }

    @Test func hostileTextInATableLabelIsShownAsGivenAndRunsNoMarkup() throws {
        let hostile = [#"</TD></TR></TABLE>> ] ; x -> y [label="boom"]"#, "<b>bold</b> & <script>alert(1)</script>",
                       #"quote " and ' apostrophe"#, "<!-- comment -->", #"back\slash \N"#, "tab\tand\u{7}bell"]
        let kinds = hostile.enumerated().map { index, text in
            RelationKind(id: "kind-\(index)", label: text, tone: .neutral, goldstein: Double(index))
        }
        let relations = hostile.enumerated().map { index, text in
            Relation(id: "r\(index) \(text.filter { !$0.isNewline && $0 != "\t" && $0 != "\u{7}" })", kind: "kind-\(index)",
                     source: "a", target: "b", start: DateExpression(PartialDate(year: 2001)!), note: text, secret: index.isMultiple(of: 2))
        }
        let graph = try TemporalGraph(declaredKinds: kinds, actors: [Actor(id: "a", name: hostile[1]), Actor(id: "b")],
                                      relations: relations)
        var options = DiagramOptions()
        options.edgeLabels = true
        let diagram = RelationDiagram(snapshot: graph.wholeGraph(), options: options)
        let parsed = try GraphvizRenderer.parse(diagram.dotText)
        #expect(parsed.edgeIDs.filter { $0.hasPrefix("relation") }.count == 1)
        let svg = try SVGDocument(data: diagram.render(as: .svg).data)
        for (index, text) in hostile.enumerated() {
            // Control characters become spaces; every other character is drawn as given.
            let shown = String(text.map { $0 == "\t" || $0 == "\u{7}" ? " " : $0 }) + ", from 2001"
            #expect(svg.allTexts.contains { $0 == shown || $0.hasPrefix(shown) }, "row \(index) not shown as \(shown)")
        }
        #expect(!svg.allTexts.contains("boom"))
        let edge = try #require(svg.edges.first { $0.title == "a->b" })
        #expect(classTokens(edge).count == relations.count)
        #expect(Set(classTokens(edge)) == Set(relations.map { RelationDiagram.relationClass($0.id) }))
    }

    @Test func relationClassesKeepIDsWithSpacesAsOneToken() {
        #expect(RelationDiagram.relationClass("r1 a&b") == "relation-r1%20a%26b")
        #expect(RelationDiagram.relationClass("über") == "relation-%C3%BCber")
        #expect(RelationDiagram.relationClass("plain-id_1.2") == "relation-plain-id_1.2")
    }

    @Test func aTimelineFrameKeepsTheUnionsEdgeIDsSoPathsStayPinned() throws {
        let days = ["2001-09-16", "2001-09-22"].map { day($0) }
        let timeline = Timeline(graph: graph, days: days)
        let frames = try timeline.render(as: .svg).map { try SVGDocument(data: $0.data) }
        // On 16 September Russia may still oppose the US (until it switches, by the 17th) and
        // may already make its collective offer: both on the Russia -> US edge. On the 22nd the
        // offer (symmetric) stays on that edge, the deal and its terms run US -> Russia.
        let ids = frames.map { Set($0.edges.map(\.id)) }
        #expect(ids[0].contains("relations-russia-united-states"))
        #expect(!ids[0].contains("relations-united-states-russia"))
        #expect(ids[1].isSuperset(of: ["relations-russia-united-states", "relations-united-states-russia"]))
        let early = try #require(frames[0].edges.first { $0.id == "relations-russia-united-states" })
        let late = try #require(frames[1].edges.first { $0.id == "relations-russia-united-states" })
        #expect(Set(classTokens(early).filter { $0.hasPrefix("relation-") })
            == ["relation-russia-opposes-us-presence", "relation-russia-offers-collective-deal"])
        #expect(classTokens(late).filter { $0.hasPrefix("relation-") } == ["relation-russia-offers-collective-deal"])
        #expect(early.shapePoints.first.map { [$0.0, $0.1] } == late.shapePoints.first.map { [$0.0, $0.1] })
    }
}
