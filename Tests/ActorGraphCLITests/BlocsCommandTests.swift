import Foundation
import Testing

/// `actorgraph brokerage`, `balance`, `reach` and `communities` as a user runs them, on small
/// graphs written here whose answers are worked out by hand in the comments.
@Suite struct BlocsCommandTests {
    static func write(_ text: String, named name: String = "graph.yaml") throws -> URL {
        let file = try makeTemporaryDirectory().appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    /// The `arrivals` object of reach's JSON, null as nil.
    static func arrivals(_ result: CommandResult) throws -> [String: String?] {
        let object = try #require(try json(result)["arrivals"] as? [String: Any])
        return object.mapValues { $0 as? String }
    }

    static func json(_ result: CommandResult) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    }

    /// a and b in one group, c in another: a -> b -> c makes b a representative; the group
    /// field survives GraphML, GEXF, JSON and the CSV node table.
    static let brokerageGraph = """
        actors:
          - { id: a, kind: state, group: west }
          - { id: b, kind: state, group: west }
          - { id: c, kind: armed-group, group: east }
        relations:
          - { kind: supports, source: a, target: b }
          - { kind: supports, source: b, target: c }
        """

    @Test func brokerageCountsRolesByTheGroupField() throws {
        let file = try Self.write(Self.brokerageGraph)
        for format in ["yaml", "graphml", "gexf", "json", "csv"] {
            var path = file.path
            if format != "yaml" {
                path = file.deletingPathExtension().appendingPathExtension(format).path
                let converted = try runActorGraph(["convert", file.path, "-o", path])
                #expect(converted.status == 0, "\(converted.standardError)")
            }
            let result = try runActorGraph(["brokerage", path, "--groups", "group", "--format", "json"])
            #expect(result.status == 0, "\(format): \(result.standardError)")
            let actors = try #require(try Self.json(result)["actors"] as? [String: [String: Any]])
            #expect(actors["b"]?["representative"] as? Int == 1, "\(format)")
            #expect(actors["b"]?["total"] as? Int == 1, "\(format)")
            #expect(actors["b"]?["group"] as? String == "west", "\(format)")
            #expect(actors["a"]?["total"] as? Int == 0, "\(format)")
        }
        // By kind, b (a state) stands between a state and an armed group: a representative still;
        // with every actor its own group (no group field read), b is a liaison.
        let byKind = try Self.json(try runActorGraph(["brokerage", file.path, "--groups", "kind", "--format", "json"]))
        #expect((byKind["actors"] as? [String: [String: Any]])?["b"]?["representative"] as? Int == 1)
        let byPart = try Self.json(try runActorGraph(["brokerage", file.path, "--groups", "partOf", "--format", "json"]))
        #expect((byPart["actors"] as? [String: [String: Any]])?["b"]?["liaison"] as? Int == 1)
    }

    /// Pairs x-y +7, y-z -4, x-z -4, z-w -10, x-w +6, y-w -2. Triangles: xyz (+ - -) and xzw
    /// (- - +) balanced, xyw (+ + -) and yzw (- - -) not. The split {x, y, w} | {z} contradicts
    /// only y-w; no split contradicts nothing, since unbalanced triangles exist. z consults x:
    /// a neutral kind, which adds nothing to x-z.
    @Test func balanceCountsTrianglesAndFindsTheCamps() throws {
        let file = try Self.write("""
            actors: [{ id: x }, { id: y }, { id: z }, { id: w }]
            relations:
              - { kind: supports, source: x, target: y }
              - { kind: opposes, source: y, target: z }
              - { kind: opposes, source: x, target: z }
              - { kind: fights, source: z, target: w }
              - { kind: cooperates-with, source: x, target: w }
              - { kind: criticizes, source: y, target: w }
              - { kind: consults, source: z, target: x }
            """)
        let result = try runActorGraph(["balance", file.path, "--format", "json"])
        #expect(result.status == 0, "\(result.standardError)")
        let object = try Self.json(result)
        let triangles = try #require(object["triangles"] as? [String: Int])
        #expect(triangles == ["balanced": 2, "unbalanced": 2])
        #expect(object["frustration"] as? Int == 1)
        #expect(object["exact"] as? Bool == true)
        #expect(object["sides"] as? [[String]] == [["x", "y", "w"], ["z"]])
    }

    /// a -> b during September 2001 (month precision: possibly any day of it, certainly none);
    /// b - c negotiate on the 20th; a -> e on the 5th and e -> f on the 20th.
    static let reachGraph = """
        actors: [{ id: a }, { id: b }, { id: c }, { id: d }, { id: e }, { id: f }]
        relations:
          - { kind: supports, source: a, target: b, start: "2001-09", end: "2001-09" }
          - { kind: negotiates-with, source: c, target: b, start: "2001-09-20", end: "2001-09-20" }
          - { kind: supports, source: d, target: a, start: "2001-09-01" }
          - { kind: supports, source: a, target: e, start: "2001-09-05", end: "2001-09-05" }
          - { kind: supports, source: e, target: f, start: "2001-09-20", end: "2001-09-20" }
        """

    @Test func reachGivesPossiblyAndCertainlyArrivals() throws {
        let file = try Self.write(Self.reachGraph)
        let possibly = try Self.arrivals(try runActorGraph(["reach", file.path, "--from", "a", "--start", "2001-09-01",
                                                            "--format", "json"]))
        #expect(possibly == [
            "a": "2001-09-01", "b": "2001-09-01", "c": "2001-09-20", "d": nil, "e": "2001-09-05", "f": "2001-09-20"])
        let certainly = try Self.arrivals(try runActorGraph(["reach", file.path, "--from", "a", "--start", "2001-09-01",
                                                             "--certain", "--format", "json"]))
        #expect(certainly == [
            "a": "2001-09-01", "b": nil, "c": nil, "d": nil, "e": "2001-09-05", "f": "2001-09-20"])
        // Waiting at e from the 5th to the 20th is 15 days.
        let short = try Self.arrivals(try runActorGraph(["reach", file.path, "--from", "a", "--start", "2001-09-01",
                                                         "--max-wait", "14d", "--format", "json"]))
        #expect(short["f"] == .some(nil))
        let long = try Self.arrivals(try runActorGraph(["reach", file.path, "--from", "a", "--start", "2001-09-01",
                                                        "--max-wait", "15d", "--format", "json"]))
        #expect(long["f"] == "2001-09-20")
        let table = try runActorGraph(["reach", file.path, "--from", "a", "--start", "2001-09-01"])
        #expect(table.standardOutput.contains("could have reached by"))
        #expect(table.standardOutput.contains("certainly reached by"))
        let line = table.standardOutput.split(separator: "\n").first { $0.hasPrefix("c ") }
        #expect(line.map { $0.split(separator: " ", omittingEmptySubsequences: true) } == ["c", "2001-09-20", "never"])
    }

    /// By 30 September d could reach a, b, c, e and f (a -> b may have held any day of September)
    /// but certainly only a, e and f; a could reach four, certainly two (e and f).
    @Test func reportCountsReachPossiblyAndCertainly() throws {
        let file = try Self.write(Self.reachGraph)
        let result = try runActorGraph(["report", file.path, "--dates", "2001-09-01,2001-09-30", "--reach", "--format", "json"])
        #expect(result.status == 0, "\(result.standardError)")
        let dates = try #require(try Self.json(result)["dates"] as? [[String: Any]])
        let reach = try #require(dates.last?["reach"] as? [String: Any])
        let actors = try #require(reach["actors"] as? [String: [String: Any]]).mapValues { $0.mapValues { $0 as? Int } }
        #expect(actors == ["d": ["possibly": 5, "certainly": 3], "a": ["possibly": 4, "certainly": 2],
                           "b": ["possibly": 1, "certainly": 1], "c": ["possibly": 1, "certainly": 1],
                           "e": ["possibly": 1, "certainly": 1]])
        let markdown = try runActorGraph(["report", file.path, "--dates", "2001-09-01,2001-09-30", "--reach"])
        #expect(markdown.standardOutput.contains("| d | 5 | 3 |"))
        let alone = try runActorGraph(["report", file.path, "--dates", "2001-09-01", "--max-wait", "3d"])
        #expect(alone.status != 0)
        #expect(alone.standardError.contains("--max-wait needs --reach"))
    }

    /// Two triangles joined by one edge: the two triangles, modularity 2 (3/7 - 1/4) = 5/14.
    @Test func communitiesSplitTwoTriangles() throws {
        let file = try Self.write("source,target\na,b\nb,c\nc,a\nd,e\ne,f\nf,d\nc,d\n", named: "edges.csv")
        let result = try runActorGraph(["communities", file.path, "--format", "json"])
        #expect(result.status == 0, "\(result.standardError)")
        let object = try Self.json(result)
        #expect(object["communities"] as? [[String]] == [["a", "b", "c"], ["d", "e", "f"]])
        #expect(abs((object["modularity"] as? Double ?? 0) - 5.0 / 14) < 1e-12)
    }

    @Test func badArgumentsFailWithAMessage() throws {
        let file = try Self.write(Self.reachGraph)
        let unknown = try runActorGraph(["reach", file.path, "--from", "nobody", "--start", "2001-09-01"])
        #expect(unknown.status != 0)
        #expect(unknown.standardError.contains("unknown actor 'nobody'"))
        let wait = try runActorGraph(["reach", file.path, "--from", "a", "--start", "2001-09-01", "--max-wait", "soon"])
        #expect(wait.status != 0)
        let resolution = try runActorGraph(["communities", file.path, "--resolution", "-1"])
        #expect(resolution.status != 0)
        #expect(resolution.standardError.contains("--resolution"))
    }
}
