import ActorGraph
@testable import ActorGraphAnalysis
import Testing

/// Every measure against NetworkX's own output on the committed fixtures.
@Suite struct NetworkXParityTests {
    @Test func fixturesArePresent() {
        #expect(NetworkXFixture.names.count >= 10)
    }

    @Test(arguments: NetworkXFixture.names)
    func everyMeasureMatchesNetworkX(fixtureName: String) throws {
        let fixture = try NetworkXFixture.load(fixtureName)
        let graph = fixture.graph
        #expect(!fixture.cases.isEmpty)
        for testCase in fixture.cases {
            if testCase.didNotConverge == true {
                #expect(throws: CentralityError.self, "\(fixtureName): \(testCase) converged; NetworkX's did not") {
                    _ = try NetworkXFixture.compute(testCase, on: graph)
                }
                continue
            }
            let expected = try #require(testCase.values)
            let actual: [Double]
            do {
                actual = try NetworkXFixture.compute(testCase, on: graph)
            } catch {
                Issue.record("\(fixtureName): \(testCase) failed: \(error)")
                continue
            }
            #expect(actual.count == expected.count)
            let undefinedHere = actual.indices.filter { actual[$0].isNaN }
            let undefinedThere = expected.indices.filter { expected[$0] == nil }
            #expect(undefinedHere == undefinedThere, "\(fixtureName): \(testCase) is undefined at other nodes")
            let worst = zip(actual, expected).compactMap { ours, theirs in theirs.map { abs(ours - $0) } }.max() ?? 0
            #expect(worst <= testCase.allowedDifference,
                    "\(fixtureName): \(testCase) differs from NetworkX by \(worst)")
        }
    }

    /// Padgett's Florentine families: the Medici's betweenness as published (Padgett & Ansell
    /// 1993; NetworkX documentation), 0.521978...
    @Test func mediciBrokerTheFlorentineMarriages() throws {
        let fixture = try NetworkXFixture.load("florentine-families")
        let graph = fixture.graph
        let medici = try #require(fixture.nodes.firstIndex(of: "Medici"))
        let betweenness = try graph.betweennessCentrality()
        #expect(abs(betweenness[medici] - 0.521978021978022) < 1e-12)
        #expect(betweenness.indices.max { betweenness[$0] < betweenness[$1] } == medici)
    }

    /// Burt's measures on the Florentine marriages: the Medici, the broker, are the least
    /// constrained family (17/81) and have the largest effective size (17/3), as NetworkX gives.
    @Test func mediciSpanTheMostStructuralHoles() throws {
        let fixture = try NetworkXFixture.load("florentine-families")
        let graph = fixture.graph
        let medici = try #require(fixture.nodes.firstIndex(of: "Medici"))
        let constraint = graph.constraint()
        let effectiveSize = graph.effectiveSize()
        #expect(constraint.indices.filter { !constraint[$0].isNaN }.min { constraint[$0] < constraint[$1] } == medici)
        #expect(effectiveSize.indices.filter { !effectiveSize[$0].isNaN }.max { effectiveSize[$0] < effectiveSize[$1] } == medici)
        #expect(abs(constraint[medici] - 17.0 / 81) < 1e-12)
        #expect(abs(effectiveSize[medici] - 17.0 / 3) < 1e-12)
    }
}
