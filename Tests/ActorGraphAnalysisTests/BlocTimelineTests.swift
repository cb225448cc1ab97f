import ActorGraph
import ActorGraphTestSupport
@testable import ActorGraphAnalysis
import Testing

/// Blocs, balance and brokers in the influence report of the bundled graph.
@Suite struct BlocTimelineTests {
    static func report() throws -> InfluenceReport {
        let days = ["2001-09-12", "2001-09-17", "2001-09-22", "2001-10-07"].map { day($0) }
        return InfluenceReport(graph: bundledGraph, days: days)
    }

    /// Each date's blocs partition its actors, and its frustration is the least over every split
    /// of its signed pairs (brute force).
    @Test func blocsPartitionTheActorsAndFrustrationIsLeast() throws {
        let report = try Self.report()
        for (period, entry) in zip(report.periods, report.blocTimeline.days) {
            let members = entry.blocs.flatMap(\.members)
            #expect(Set(members).count == members.count)
            #expect(Set(members) == Set(period.snapshot.actors.map(\.id)))
            let signed = SignedGraph(snapshot: period.snapshot)
            #expect(entry.balance.isExact)
            #expect(entry.balance.frustration == BalanceTests.bruteForceFrustration(signed), "\(period.day)")
            #expect(Set(entry.blocs.map(\.name)).count == entry.blocs.count, "bloc names are distinct")
        }
    }

    /// The narrative: Russia first competes with the United States for the Central Asian states
    /// ("Immediately after the 9/11 attacks ... Russia does not want the US increasing its
    /// influence there": opposite camps on 12 September), the secret deal of 22 September puts
    /// them on one side.
    @Test func russiaAndTheUnitedStatesJoinOneCampBy22September() throws {
        let report = try Self.report()
        func sameCamp(_ index: Int) -> Bool {
            let sides = report.blocTimeline.days[index].balance.sides
            return sides.contains { $0.contains("russia") && $0.contains("united-states") }
        }
        #expect(!sameCamp(0))
        #expect(sameCamp(2))
        let json = report.jsonValue().serialized()
        #expect(json.contains("\"communities\":{\"blocs\":"))
        #expect(json.contains("\"balance\":{\"triangles\":"))
        #expect(json.contains("\"brokers\":{\"coordinator\":"))
    }
}
