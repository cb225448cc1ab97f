import ActorGraph
import ActorGraphGraphviz
import Foundation
import Testing

/// Edge labels and timeline entries show a relative date as the days it was solved to, since
/// "soon after meeting-2001-09-13-northern-alliance" tells a reader of a diagram nothing.
@Suite("Relative dates in labels")
struct RelativeDateLabelTests {
    /// Worked by hand from Graphs/central-asia-2001.yaml: Tajikistan's refusal starts "soon
    /// after" the 13 September meeting, and the file reads "soon" as 7 days, so some day from
    /// the 14th to the 20th; its end is "by" Tajikistan's reversal, which is after the refusal
    /// began and by the US-Russia deal of the 22nd.
    static let refusalStart = "[2001-09-14..2001-09-20]"

    @Test func aRelativeStartIsLabelledWithItsSolvedDays() throws {
        let graph = bundledGraph
        let position = try #require(graph.relations.firstIndex { $0.id == "tajikistan-denies-airspace" })
        #expect(graph.startText(ofRelationAt: position) == Self.refusalStart)
        #expect(graph.endText(ofRelationAt: position) == "[2001-09-14..2001-09-22]")
        #expect(graph.datesText(ofRelationAt: position) == "\(Self.refusalStart) to [2001-09-14..2001-09-22]")
        let diagram = RelationDiagram(snapshot: graph.snapshot(at: day("2001-09-16")),
                                      options: DiagramOptions(edgeLabels: true, mergesParallel: false))
        let dot = diagram.dotText
        #expect(dot.contains(Self.refusalStart))
        #expect(!dot.contains("soon after"))
        #expect(!dot.contains("by tajikistan-allows-us-basing"))
    }

    @Test func anAbsoluteDateIsLabelledAsWritten() throws {
        let graph = bundledGraph
        let position = try #require(graph.relations.firstIndex { $0.id == "meeting-2001-09-13-northern-alliance" })
        #expect(graph.datesText(ofRelationAt: position) == "2001-09-13")
    }
}
