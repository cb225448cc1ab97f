import ActorGraph
import ActorGraphTestSupport
@testable import ActorGraphAnalysis
import Foundation
import Testing

/// The report's lists of relations that began and ended mark a relation secret only where
/// its secrecy may still have held: on the report's day for one that began, on its last day
/// for one that ended. Each expectation is worked by hand from the dates below.
@Suite struct ReportSecrecyTests {
    /// Report days 1 January, 20 January and 15 February 2001. Every relation starts on 10
    /// January, so each is listed as begun on 20 January.
    static let yaml = """
        title: Secrecy
        actors:
          - {id: a, name: A, kind: state}
          - {id: b, name: B, kind: state}
        relations:
          - {id: open-by-then, kind: supports, source: a, target: b, start: 2001-01-10, end: 2001-03-31, secret: 2001-01-12}
          - {id: still-secret, kind: supports, source: a, target: b, start: 2001-01-10, end: 2001-03-31, secret: 2001-02-01}
          - {id: ends-secret, kind: supports, source: a, target: b, start: 2001-01-10, end: 2001-02-01, secret: 2001-02-05}
          - {id: ends-open, kind: supports, source: a, target: b, start: 2001-01-10, end: 2001-02-10, secret: 2001-02-05}
          - {id: always, kind: supports, source: a, target: b, start: 2001-01-10, end: 2001-02-10, secret: true}
        """

    static func report() throws -> InfluenceReport {
        let graph = try GraphLoader.load(bytes: Array(yaml.utf8), file: "secrecy.yaml", extension: "yaml")
        let days = ["2001-01-01", "2001-01-20", "2001-02-15"].map { ActorGraphTestSupport.day($0) }
        return InfluenceReport(graph: graph, days: days)
    }

    /// The `secret` flag of each relation a date lists under `list` ("started" or "ended").
    static func secretFlags(_ report: InfluenceReport, date: String, list: String) throws -> [String: Bool] {
        let json = try #require(JSONSerialization.jsonObject(with: Data(report.jsonText().utf8)) as? [String: Any])
        let dates = try #require(json["dates"] as? [[String: Any]])
        let period = try #require(dates.first { $0["date"] as? String == date })
        let relations = try #require(period[list] as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: relations.map { ($0["id"] as! String, $0["secret"] as! Bool) })
    }

    @Test func begunRelationsAreSecretOnlyWhileTheirSecrecyMayHold() throws {
        let flags = try Self.secretFlags(try Self.report(), date: "2001-01-20", list: "started")
        #expect(flags == ["open-by-then": false, "still-secret": true, "ends-secret": true, "ends-open": true,
                          "always": true])
    }

    @Test func endedRelationsAreSecretWhenTheirSecrecyMayHaveLastedToTheirEnd() throws {
        let flags = try Self.secretFlags(try Self.report(), date: "2001-02-15", list: "ended")
        #expect(flags == ["ends-secret": true, "ends-open": false, "always": true])
    }

    @Test func theMarkdownMarksTheSameRelations() throws {
        let markdown = try Self.report().markdown()
        // Four begun relations on 20 January and two ended ones on 15 February are secret.
        #expect(markdown.components(separatedBy: ", secret)").count - 1 == 6)
    }
}
