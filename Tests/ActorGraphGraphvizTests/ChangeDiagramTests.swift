import ActorGraph
import ActorGraphGraphviz
import Foundation
import Testing

/// What changed since a date, an actor's neighbourhood, clusters and vague dates, read back
/// from the SVG Graphviz draws.
@Suite("Change, neighbourhood and certainty diagrams")
struct ChangeDiagramTests {
    let graph: TemporalGraph

    init() throws {
        graph = bundledGraph
    }

    func relationTokens(_ edges: [SVGDocument.Group], marked mark: String) -> Set<String> {
        Set(edges.filter { $0.className.split(separator: " ").contains(Substring(mark)) }
            .flatMap { $0.className.split(separator: " ").filter { $0.hasPrefix("relation-") }.map { String($0.dropFirst(9)) } })
    }

    @Test func sinceMarksBegunEndedAndUnchangedRelationsAndNewActors() throws {
        let now = graph.snapshot(at: day("2001-09-22"))
        let before = graph.snapshot(at: day("2001-09-17"))
        let content = DiagramContent(snapshot: now, since: before)
        let diagram = RelationDiagram(content: content, legend: Legend(contents: [content], options: DiagramOptions()),
                                      options: DiagramOptions())
        let svg = try SVGDocument(data: diagram.render(as: .svg).data)
        let nowIDs = Set(now.relations.map(\.id)), beforeIDs = Set(before.relations.map(\.id))
        #expect(relationTokens(svg.edges, marked: "began") == nowIDs.subtracting(beforeIDs))
        #expect(relationTokens(svg.edges, marked: "ended") == beforeIDs.subtracting(nowIDs))
        #expect(relationTokens(svg.edges, marked: "unchanged") == nowIDs.intersection(beforeIDs))
        // The 17 September Moscow meetings have ended; the deal has begun.
        #expect(relationTokens(svg.edges, marked: "ended").contains("moscow-meeting-2001-09-17-kazakhstan"))
        #expect(relationTokens(svg.edges, marked: "began").contains("us-russia-deal"))
        // The Russian commanders brief the US Army generals from the deal on: both new; Russia
        // and Putin acted on the 17th already.
        let newActors = Set(svg.nodes.filter { $0.className == "node new" }.map(\.title))
        #expect(newActors.isSuperset(of: ["russian-afghan-veterans", "us-army"]))
        #expect(!newActors.contains("russia") && !newActors.contains("putin"))
        #expect(svg.allTexts.contains("2001-09-22, changes since 2001-09-17"))
        #expect(svg.allTexts.contains("began since 2001-09-17") && svg.allTexts.contains("ended since then (ghost)"))
    }

    @Test func aroundKeepsOnlyActorsWithinTheDepth() throws {
        let day = graph.snapshot(at: day("2001-09-22"))
        let neighbours = Set(day.relations.flatMap { relation -> [String] in
            relation.source == "russia" ? [relation.target] : relation.target == "russia" ? [relation.source] : []
        }).union(["russia"])
        let one = day.neighbourhood(of: "russia", depth: 1)
        #expect(Set(one.actors.map(\.id)) == neighbours)
        #expect(one.relations.allSatisfy { neighbours.contains($0.source) && neighbours.contains($0.target) })
        #expect(day.neighbourhood(of: "russia", depth: 0).relations.isEmpty)
        #expect(day.neighbourhood(of: "nobody", depth: 3).relations.isEmpty)
        // Two steps reach the United States' partners too (Uzbekistan through the US).
        #expect(day.neighbourhood(of: "russia", depth: 2).actors.contains { $0.id == "uzbekistan" })
        var options = DiagramOptions()
        options.titleNote = "around Russia (1 step)"
        let svg = try SVGDocument(data: RelationDiagram(snapshot: one, options: options).render(as: .svg).data)
        #expect(svg.allTexts.contains("2001-09-22, around Russia (1 step)"))
    }

    @Test func partOfClustersFrameEachWholeWithItsParts() throws {
        var options = DiagramOptions()
        options.clusters = .partOf
        let diagram = RelationDiagram(snapshot: graph.snapshot(at: day("2001-09-22")), options: options)
        #expect(diagram.layout.engine == .fdp)
        let svg = try SVGDocument(data: diagram.render(as: .svg).data)
        let clusters = svg.groups.filter { $0.kind == "cluster" }
        let unitedStates = try #require(clusters.first { $0.title == "cluster_part-of united-states" })
        #expect(unitedStates.texts == ["United States"])
        let xs = unitedStates.shapePoints.map(\.0), ys = unitedStates.shapePoints.map(\.1)
        let centers = svg.nodeCenters
        for part in ["cia", "us-army", "bush", "united-states"] {
            let center = try #require(centers[part])
            #expect(center.0 > xs.min()! && center.0 < xs.max()! && center.1 > ys.min()! && center.1 < ys.max()!, "\(part) outside")
        }
        let russia = try #require(centers["russia"])
        #expect(!(russia.0 > xs.min()! && russia.0 < xs.max()! && russia.1 > ys.min()! && russia.1 < ys.max()!))
    }

    /// The actors whose nodes Graphviz drew inside the frame of the cluster titled `title`
    /// (nil when there is no such frame), and the actors drawn at all.
    static func framed(_ svg: SVGDocument, _ title: String) -> Set<String>? {
        guard let cluster = svg.groups.first(where: { $0.kind == "cluster" && $0.title == title }) else { return nil }
        let xs = cluster.shapePoints.map(\.0), ys = cluster.shapePoints.map(\.1)
        return Set(svg.nodeCenters.filter { _, center in
            center.0 > xs.min()! && center.0 < xs.max()! && center.1 > ys.min()! && center.1 < ys.max()!
        }.keys)
    }

    /// The actors of a YAML group, as the bundled graph's text assigns them: by their own
    /// `group` or, for an agency, person or facility, the group of the whole it is part of.
    static let groupsInTheFile: [String: Set<String>] = [
        "central-asia": ["uzbekistan", "tajikistan", "kazakhstan", "kyrgyzstan", "turkmenistan", "k2-air-base"],
        "outside-powers": ["russia", "united-states", "iran", "india", "cia", "us-army", "us-forces", "russian-intelligence",
                           "russian-afghan-veterans", "putin", "bush"],
        "afghanistan": ["northern-alliance", "taliban", "al-qaeda"],
    ]

    @Test func groupClustersFrameTheActorsOfEachGroup() throws {
        var options = DiagramOptions()
        options.clusters = .group
        let diagram = RelationDiagram(snapshot: graph.snapshot(at: day("2001-09-22")), options: options)
        #expect(diagram.layout.engine == .fdp)
        let svg = try SVGDocument(data: diagram.render(as: .svg).data)
        let drawn = Set(svg.nodeCenters.keys).filter { !$0.hasPrefix("legend") }
        for (group, members) in Self.groupsInTheFile {
            let inside = try #require(Self.framed(svg, "cluster_group " + group), "no frame for \(group)")
            #expect(inside.intersection(drawn) == members.intersection(drawn), "\(group)")
            #expect(svg.groups.first { $0.title == "cluster_group " + group }?.texts == [group])
        }
        // Actors of no group (the newspapers) stay outside every frame.
        #expect(svg.groups.filter { $0.kind == "cluster" }.count == Self.groupsInTheFile.count + 1)  // and the legend
    }

    @Test func blocClustersFrameEachBlocOfTwoOrMore() throws {
        var options = DiagramOptions()
        options.clusters = .blocs(["russia": "Russia's bloc", "putin": "Russia's bloc", "united-states": "Alone",
                                   "uzbekistan": "Uzbekistan's bloc", "k2-air-base": "Uzbekistan's bloc"])
        let svg = try SVGDocument(data: RelationDiagram(snapshot: graph.snapshot(at: day("2001-09-22")), options: options)
            .render(as: .svg).data)
        #expect(Self.framed(svg, "cluster_bloc Russia's bloc") == ["russia", "putin"])
        #expect(Self.framed(svg, "cluster_bloc Uzbekistan's bloc") == ["uzbekistan", "k2-air-base"])
        #expect(Self.framed(svg, "cluster_bloc Alone") == nil)
    }

    @Test func possiblyButNotCertainlyActiveRelationsAreLighter() throws {
        // Read in the YAML: on 22 September these may, or may not, hold. Tajikistan's refusal
        // and Russia's offer end by the deal, the call comes on or before it, the briefings on
        // or after it, and US forces move in by the press reports, "within days" after it.
        let vague: Set = ["tajikistan-denies-airspace", "russia-offers-collective-deal", "putin-bush-call", "russian-briefings",
                          "us-forces-move-into-uzbekistan", "us-forces-move-into-tajikistan"]
        let svg = try SVGDocument(data: RelationDiagram(snapshot: graph.snapshot(at: day("2001-09-22")),
                                                        options: DiagramOptions(mergesParallel: false)).render(as: .svg).data)
        let uncertain = Set(svg.edges.filter { $0.className == "edge uncertain" }.map { String($0.id.dropFirst(9)) })
        #expect(uncertain == vague)
        #expect(svg.allTexts.contains("possibly, not certainly active (vague dates)"))
        // Asking for certainly active relations leaves nothing to mark.
        let certain = try SVGDocument(data: RelationDiagram(
            snapshot: graph.snapshot(at: day("2001-09-22"), filter: RelationFilter(certainty: .certainly))).render(as: .svg).data)
        #expect(!certain.edges.contains { $0.className.contains("uncertain") })
    }
}
