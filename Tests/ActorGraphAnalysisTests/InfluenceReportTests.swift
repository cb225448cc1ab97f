import ActorGraph
import ActorGraphTestSupport
@testable import ActorGraphAnalysis
import Foundation
import Testing

/// The influence report on the bundled graph tells the narrative's story (Rashid 2008,
/// pp. 69-71), and its four forms hold what they promise.
@Suite struct InfluenceReportTests {
    static func day(_ text: String) -> Day { ActorGraphTestSupport.day(text) }

    /// The report the repository ships: undirected, from 1 September to 31 December 2001 at every change.
    static func autumnReport() throws -> InfluenceReport {
        let graph = try GraphLoader.load(path: bundledGraphPath)
        let days = graph.days(from: day("2001-09-01"), to: day("2001-12-31"), every: .changes)
        let options = InfluenceReport.Options(graphOptions: CompactGraphOptions(direction: .undirected))
        return InfluenceReport(graph: graph, days: days, options: options)
    }

    static func period(_ report: InfluenceReport, _ text: String) throws -> InfluenceReport.Period {
        let target = day(text)
        return try #require(report.periods.first { $0.day == target })
    }

    static func topBroker(_ period: InfluenceReport.Period) -> String? {
        period.leaders(.betweenness, count: 1).first.map { period.scores.labels[$0] }
    }

    @Test func brokerageFollowsTheNarrative() throws {
        let report = try Self.autumnReport()
        // Before 11 September the Northern Alliance's backers (Iran, India, Uzbekistan, Russia)
        // are joined only through it.
        #expect(Self.topBroker(try Self.period(report, "2001-09-01")) == "northern-alliance")
        // "On September 17, Russian President Vladimir Putin holds a meeting in Moscow with the
        // leaders from all the Stans": Kazakhstan, Kyrgyzstan and Turkmenistan have no other
        // relation, so Putin, with none before but his call to Bush, rises most in brokerage.
        let moscow = try Self.period(report, "2001-09-17")
        #expect(moscow.started.count == 5)
        #expect(moscow.risers[.betweenness]?.first?.actor == "putin")
        #expect(try #require(moscow.score(.betweenness, of: "putin")) > 0)
        // The day after, the meeting is over and Putin is a leaf again (his call to Bush).
        #expect(try Self.period(report, "2001-09-18").score(.betweenness, of: "putin") == 0)
        // The text names no Kazakh, Kyrgyz or Turkmen deal: after the meeting they leave.
        #expect(try Self.period(report, "2001-09-22").score(.betweenness, of: "kazakhstan") == nil)
        let highlights = report.highlights().flatMap(\.sentences).joined(separator: " ")
        #expect(highlights.contains("Vladimir Putin gains brokerage"))
    }

    @Test func changesBetweenDatesAreTheRelationsDatedInBetween() throws {
        let report = try Self.autumnReport()
        let ids = { (positions: [Int32]) in positions.map { report.graph.relations[Int($0)].id }.sorted() }
        // The Moscow meeting is a one-day event: it begins on the 17th and ends by the 18th.
        let meeting = ["moscow-meeting-2001-09-17-kazakhstan", "moscow-meeting-2001-09-17-kyrgyzstan",
                       "moscow-meeting-2001-09-17-tajikistan", "moscow-meeting-2001-09-17-turkmenistan",
                       "moscow-meeting-2001-09-17-uzbekistan"]
        #expect(ids(try Self.period(report, "2001-09-17").started) == meeting)
        #expect(Set(ids(try Self.period(report, "2001-09-18").ended)).isSuperset(of: meeting))
        // Sampled a month apart, the meeting both begins and ends between the two dates.
        let graph = report.graph
        let monthly = InfluenceReport(graph: graph, days: [Self.day("2001-09-01"), Self.day("2001-10-01")])
        let october = try #require(monthly.periods.last)
        #expect(Set(meeting).isSubset(of: ids(october.started)))
        #expect(Set(meeting).isSubset(of: ids(october.ended)))
        #expect(monthly.citations(for: october.started[0]).first?.contains("(Rashid, 2008, pp. 69-71") == true)
    }

    @Test func ranksShareTiesAndMoversAreOrdered() throws {
        #expect(InfluenceReport.competitionRanks([0.5, 0.9, 0.5, 0.1]) == [2, 1, 2, 4])
        let report = try Self.autumnReport()
        let moscow = try Self.period(report, "2001-09-17")
        let risers = try #require(moscow.risers[.betweenness])
        #expect(risers.first?.actor == "putin")
        #expect(zip(risers, risers.dropFirst()).allSatisfy { $0.change >= $1.change })
    }

    @Test func htmlIsSelfContainedWithChartsAndPluggableDiagrams() throws {
        let report = try Self.autumnReport()
        var drawn: [Day] = []
        let html = report.html { period in
            drawn.append(period.day)
            return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"test-diagram\"></svg>"
        }
        #expect(drawn == report.periods.map(\.day))
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.components(separatedBy: "class=\"test-diagram\"").count - 1 == report.periods.count)
        #expect(html.components(separatedBy: "<article ").count - 1 == report.periods.count)
        #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox"))
        // Nothing is fetched: no scripts, style sheets or images from elsewhere.
        for pattern in ["<script src", "<link ", "<img ", "url(", "@import"] { #expect(!html.contains(pattern)) }
        #expect(!report.html().contains("class=\"diagram\""))
    }

    @Test func jsonCsvAndMarkdownCarryEveryDate() throws {
        let report = try Self.autumnReport()
        let json = try JSONSerialization.jsonObject(with: Data(report.jsonValue().serialized().utf8)) as? [String: Any]
        let dates = try #require(json?["dates"] as? [[String: Any]])
        #expect(dates.count == report.periods.count)
        let first = try #require(dates.first?["scores"] as? [String: [String: Double]])
        let written = try #require(first["betweenness"]?["northern-alliance"])
        let computed = try #require(report.periods[0].score(.betweenness, of: "northern-alliance"))
        #expect(abs(written - computed) < 1e-12)
        let csv = report.csvText().split(separator: "\n")
        let expectedRows = report.periods.reduce(0) { $0 + $1.actorCount * report.options.measures.count }
        #expect(csv.count == expectedRows + 1)
        #expect(csv.first == "date,measure,actor,name,score,rank,previous_score,previous_rank,change")
        let markdown = report.markdown()
        for period in report.periods { #expect(markdown.contains("## \(period.day)")) }
    }

    @Test func lineChartScalesToNiceTicksAndEscapesNames() {
        let chart = ScoreLineChart(title: "A & B", dates: ["d1", "d2", "d3"],
                                   series: [.init(name: "<x>", values: [0.1, nil, 0.23])])
        let svg = chart.svg()
        #expect(svg.contains("A &amp; B"))
        #expect(svg.contains("&lt;x&gt;"))
        #expect(!svg.contains("<x>"))
        // The gap at d2 breaks the line into two moves.
        #expect(svg.components(separatedBy: "M").count - 1 >= 2)
        #expect(ScoreLineChart.niceStep(0.23 / 4) == 0.1)
    }
}
