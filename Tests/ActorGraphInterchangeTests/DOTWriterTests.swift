import ActorGraph
import Testing
@testable import ActorGraphInterchange

@Test func dotQuotesAndEscapesEveryString() {
    #expect(DOTWriter.quoted("plain") == "\"plain\"")
    #expect(DOTWriter.quoted("say \"hi\"") == "\"say \\\"hi\\\"\"")
    #expect(DOTWriter.quoted("back\\slash") == "\"back\\\\slash\"")
    #expect(DOTWriter.quoted("two\r\nlines") == "\"two\\nlines\"")
}

@Test func dotHasANodePerActorAndAnEdgePerRelation() {
    let text = DOTWriter.text(bundledGraph)
    let lines = text.split(separator: "\n")
    #expect(lines.first?.hasPrefix("digraph \"US basing in Central Asia") == true)
    #expect(lines.last == "}")
    #expect(lines.filter { $0.contains(" [label=") && !$0.contains(" -> ") && $0.hasPrefix("  \"") }.count == 20)
    #expect(lines.filter { $0.contains(" -> ") }.count == 40)
    // Symmetric kinds draw without arrowheads; secret relations dashed.
    #expect(text.contains("\"uzbekistan\" -> \"cia\" [label=\"cooperates with\", dir=none];"))
    #expect(text.contains("\"cia\" -> \"k2-air-base\" [label=\"deploys to\", style=dashed];"))
    #expect(DOTWriter.text(bundledGraph) == text)
}
