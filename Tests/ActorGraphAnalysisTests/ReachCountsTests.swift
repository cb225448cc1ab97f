import ActorGraph
import ActorGraphTestSupport
@testable import ActorGraphAnalysis
import Foundation
import Testing

/// Reach counts per date, possibly and certainly, on a graph small enough to reason about by
/// hand, against brute force on random ones, and in the report's three forms.
@Suite struct ReachCountsTests {
    /// a -> b all September; b -> c from "2001-09" (possibly from 1 September, certainly only
    /// from 30 September) to the end of October; c -> d on 5 October.
    static let yaml = """
        title: Reach
        actors:
          - {id: a, name: A, kind: state}
          - {id: b, name: B, kind: state}
          - {id: c, name: C, kind: state}
          - {id: d, name: D, kind: state}
        relations:
          - {kind: supports, source: a, target: b, start: 2001-09-01, end: 2001-09-30}
          - {kind: supports, source: b, target: c, start: 2001-09, end: 2001-10-31}
          - {kind: supports, source: c, target: d, start: 2001-10-05, end: 2001-10-05}
        """

    static func graph() throws -> TemporalGraph {
        try GraphLoader.load(bytes: Array(yaml.utf8), file: "reach.yaml", extension: "yaml")
    }

    static func pairs(_ counts: [ReachCounts.Count]) -> [String: [Int]] {
        Dictionary(uniqueKeysWithValues: counts.map { ($0.actor, [$0.possibly, $0.certainly]) })
    }

    @Test func countsWhatCouldAndWhatCertainlyReachedByEachDate() throws {
        let days = [day("2001-09-01"), day("2001-09-15"), day("2001-10-10")]
        let counts = ReachCounts(graph: try Self.graph(), start: days[0], days: days)
        // On 1 September a reaches b, and c the same day if b -> c already held; certainly only b.
        #expect(Self.pairs(counts.counts(on: days[0])!) == ["a": [2, 1], "b": [1, 0], "c": [0, 0], "d": [0, 0]])
        #expect(Self.pairs(counts.counts(on: days[1])!) == ["a": [2, 1], "b": [1, 0], "c": [0, 0], "d": [0, 0]])
        // By 10 October b -> c has certainly held (from 30 September) and c -> d has held.
        #expect(Self.pairs(counts.counts(on: days[2])!) == ["a": [3, 3], "b": [2, 2], "c": [1, 1], "d": [0, 0]])
        #expect(counts.leaders(on: days[1], count: 5).map(\.actor) == ["a", "b"])
        #expect(counts.leaders(on: days[2], count: 2).map(\.actor) == ["a", "b"])
    }

    @Test func maxWaitCutsPathsThatWaitTooLong() throws {
        let days = [day("2001-09-01"), day("2001-10-10")]
        // c is reached on 30 September at the latest (a -> b ends then); c -> d on 5 October
        // needs a stay of 5 days at c.
        let counts = ReachCounts(graph: try Self.graph(), start: days[0], days: days, maxWait: 2)
        #expect(Self.pairs(counts.counts(on: days[1])!)["a"] == [2, 2])
        let patient = ReachCounts(graph: try Self.graph(), start: days[0], days: days, maxWait: 5)
        #expect(Self.pairs(patient.counts(on: days[1])!)["a"] == [3, 3])
    }

    @Test func countsMatchBruteForceOnRandomGraphs() throws {
        var generator = BalanceTests.SplitMix(state: 2001)
        for _ in 0..<40 {
            let actorCount = Int.random(in: 2...6, using: &generator)
            var text = "actors:\n" + (0..<actorCount).map { "  - {id: n\($0), name: N\($0), kind: state}\n" }.joined()
            text += "relations:\n"
            var exact: [TimedArc] = []
            for _ in 0..<Int.random(in: 1...10, using: &generator) {
                let source = Int.random(in: 0..<actorCount, using: &generator)
                var target = Int.random(in: 0..<(actorCount - 1), using: &generator)
                if target >= source { target += 1 }
                let first = Int.random(in: 1...20, using: &generator)
                let last = first + Int.random(in: 0...6, using: &generator)
                text += "  - {kind: supports, source: n\(source), target: n\(target), start: 2001-03-\(String(format: "%02d", first)), end: 2001-03-\(String(format: "%02d", last))}\n"
                exact.append(TimedArc(source: source, target: target, first: first, last: last))
            }
            let graph = try GraphLoader.load(bytes: Array(text.utf8), file: "random.yaml", extension: "yaml")
            let days = [day("2001-03-01"), day("2001-03-10"), day("2001-03-31")]
            let counts = ReachCounts(graph: graph, start: days[0], days: days, maxWait: 3)
            for (index, reportDay) in days.enumerated() {
                let dayNumber = Int(day("2001-03-01").number) - 1
                for source in 0..<actorCount {
                    // Exact dates: possibly and certainly agree, and both equal brute force.
                    let arrivals = TemporalReachTests.bruteForce(nodeCount: actorCount, arcs: exact, source: source, start: 1,
                                                                 until: Int(reportDay.number) - dayNumber, maxWait: 3)
                    let expected = arrivals.indices.filter { $0 != source && arrivals[$0] != nil }.count
                    let count = counts.counts[index][source]
                    #expect(count.possibly == expected && count.certainly == expected, "\(text)\n\(reportDay) from n\(source)")
                }
            }
        }
    }

    @Test func theReportShowsBothCountsInEveryForm() throws {
        let days = [day("2001-09-01"), day("2001-09-15"), day("2001-10-10")]
        let report = InfluenceReport(graph: try Self.graph(), days: days, options: .init(countsReach: true))
        let json = try JSONSerialization.jsonObject(with: Data(report.jsonText().utf8)) as! [String: Any]
        let dates = json["dates"] as! [[String: Any]]
        let second = dates[1]["reach"] as! [String: Any]
        #expect(second["from"] as? String == "2001-09-01")
        let actors = (second["actors"] as! [String: [String: Any]]).mapValues { $0.mapValues { ($0 as? NSNumber)?.intValue } }
        #expect(actors == ["a": ["possibly": 2, "certainly": 1], "b": ["possibly": 1, "certainly": 0]])
        let markdown = report.markdown()
        #expect(markdown.contains("| actor | could have reached | certainly reached |"))
        #expect(markdown.contains("| A | 2 | 1 |"))
        #expect(markdown.contains("| A | 3 | 3 |"))
        let html = report.html()
        #expect(html.contains("<th>could have reached</th><th>certainly reached</th>"))
        #expect(html.contains("<tr><td>B</td><td class=\"number\">1</td><td class=\"number\">0</td></tr>"))
        // Without the option the report has no reach at all.
        let plain = InfluenceReport(graph: try Self.graph(), days: days)
        #expect(!plain.markdown().contains("could have reached"))
        #expect(!plain.jsonText().contains("\"reach\""))
    }
}
