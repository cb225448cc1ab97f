import ActorGraph
import ActorGraphGraphviz
import Foundation
import Testing

@Suite("Explorer page")
struct ExplorerPageTests {
    @Test func thePageHasItsControlsAndEveryRelationWithItsSpans() throws {
        let html = try ExplorerPage.html(graph: bundledGraph)
        for id in ["date", "day-slider", "certain", "kind-filter", "search", "relation-count", "details"] {
            #expect(html.contains(#"id="\#(id)""#), "no #\(id)")
        }
        // The data travels escaped in one attribute; decoded, it holds every relation once.
        let start = try #require(html.range(of: #"data-explorer=""#))
        let end = try #require(html[start.upperBound...].firstIndex(of: "\""))
        let attribute = String(html[start.upperBound..<end])
        let decoded = attribute.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&#x2F;", with: "/").replacingOccurrences(of: "&#x3D;", with: "=")
            .replacingOccurrences(of: "&#x60;", with: "`").replacingOccurrences(of: "&amp;", with: "&")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(decoded.utf8)) as? [String: Any])
        let relations = try #require(object["relations"] as? [[String: Any]])
        #expect(relations.count == bundledGraph.relations.count)
        // Read in the YAML: Uzbekistan's basing offer comes after the 13 September meeting and
        // by Russia's collective offer (by the 17th), and stays open.
        let basing = try #require(relations.first { $0["id"] as? String == "uzbekistan-allows-us-basing" })
        #expect(basing["start"] as? String == "after meeting-2001-09-13-uzbekistan & by russia-offers-collective-deal")
        #expect((basing["possibly"] as? [Any])?.first as? String == "2001-09-14")
        #expect((basing["certainly"] as? [Any])?.first as? String == "2001-09-17")
        #expect((basing["possibly"] as? [Any])?.last is NSNull)
    }

    @Test func hostileNamesNeverReachTheMarkupUnescaped() throws {
        let hostile = #"</script><script>alert(1)</script><!-- "q" 'a' &"#
        let graph = try TemporalGraph(title: hostile, actors: [Actor(id: "a", name: hostile, note: hostile), Actor(id: "b")],
                                      relations: [Relation(id: "r", kind: "supports", source: "a", target: "b", note: hostile)])
        let html = try ExplorerPage.html(graph: graph)
        #expect(!html.contains("<script>alert(1)"))
        #expect(!html.contains("<!-- \"q\""))
        #expect(html.components(separatedBy: "</script>").count == 2)  // only the page's own script ends
    }
}
