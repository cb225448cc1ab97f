import ActorGraph
import ActorGraphStore
import Foundation
import Testing

@Suite("A store read for some days holds what those days need")
struct GraphStoreDayTests {
    /// Every day on which the bundled graph changes, the day before each, and days outside it.
    static let days: [Day] = {
        var days = Set(bundledGraph.changeDays(.possibly) + bundledGraph.changeDays(.certainly))
        for day in Array(days) { days.insert(day.advanced(by: -1)) }
        days.formUnion([day("1990-01-01"), day("2001-09-22"), day("2030-01-01")])
        return days.sorted()
    }()

    @Test("On each day, the relations a part read from the store holds active are exactly those the whole graph's solved days make active")
    func snapshotsEqualTheWholeGraph() throws {
        let path = try writtenStore(bundledGraph, purpose: "store-days")
        for certainty in [Certainty.possibly, .certainly] {
            for day in Self.days {
                let part = try GraphStore.load(path: path, activeDuring: [DaySpan(day)], certainty: certainty)
                // Brute force over the whole graph: what the definition of activity gives.
                let expected = bundledGraph.relations.indices
                    .filter { bundledGraph.activeSpan(ofRelationAt: $0, certainty).contains(day) }
                    .map { bundledGraph.relations[$0].id }
                let filter = RelationFilter(certainty: certainty)
                #expect(relationIDs(part.snapshot(at: day, filter: filter)) == expected, "\(certainty) on \(day)")
                // Each relation read keeps the days solved over the whole graph.
                for (position, relation) in part.relations.enumerated() {
                    guard let whole = bundledGraph.relations.firstIndex(where: { $0.id == relation.id }) else { continue }
                    #expect(part.startRange(ofRelationAt: position) == bundledGraph.startRange(ofRelationAt: whole))
                    #expect(part.endRange(ofRelationAt: position) == bundledGraph.endRange(ofRelationAt: whole))
                    #expect(relation == bundledGraph.relations[whole])
                }
            }
        }
    }

    @Test("A day reads fewer relations than the graph has, with the actors they join and what those lie within")
    func readsOnlyWhatTheDayNeeds() throws {
        let path = try writtenStore(bundledGraph, purpose: "store-part")
        let september13 = day("2001-09-13")
        let part = try GraphStore.load(path: path, activeDuring: [DaySpan(september13)])
        let active = bundledGraph.snapshot(at: september13)
        #expect(part.relations.count < bundledGraph.relations.count)
        // Every relation read is active on the day or anchors the dates of one that is.
        let anchorIDs = Set(part.relations.flatMap { relation in
            [relation.start, relation.end, relation.secretUntil].compactMap { $0 }.flatMap(\.relativeDates).map(\.anchor)
        })
        for relation in part.relations {
            #expect(active.relations.contains { $0.id == relation.id } || anchorIDs.contains(relation.id), "\(relation.id)")
        }
        var expectedActors = Set(active.actors.map(\.id))
        for relation in part.relations { expectedActors.formUnion([relation.source, relation.target]) }
        var pending = Array(expectedActors)
        while let id = pending.popLast() {
            if let parent = bundledGraph.actor(id: id)?.partOf, expectedActors.insert(parent).inserted { pending.append(parent) }
        }
        #expect(Set(part.actors.map(\.id)) == expectedActors)
        #expect(part.actors.map(\.id) == bundledGraph.actors.map(\.id).filter(expectedActors.contains))
        // The sources kept are those the relations read cite, in the graph's order.
        let cited = Set(part.relations.flatMap { $0.citations + $0.evidence.map(\.source) })
        #expect(Array(part.sources.keys) == bundledGraph.sources.keys.filter(cited.contains))
    }

    @Test("Several windows read the union of what each needs")
    func severalWindows() throws {
        let path = try writtenStore(bundledGraph, purpose: "store-windows")
        let first = DaySpan(first: day("2001-09-12"), last: day("2001-09-14"))
        let second = DaySpan(day("2001-10-15"))
        let part = try GraphStore.load(path: path, activeDuring: [first, second])
        for span in [first, second] {
            #expect(relationIDs(part.snapshot(over: span)) == relationIDs(bundledGraph.snapshot(over: span)))
        }
    }
}
