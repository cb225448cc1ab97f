import ActorGraph
import Foundation
import Testing
@testable import ActorGraphInterchange

/// 25,000 dated relations among 5,000 actors, 12 MB of GraphML: past the 10 MB at which the
/// XML reader used to stop with "libxml2 error 1". (The check scripts load NetworkX files of
/// 100,000 edges with a built actorgraph; a debug-built test stays smaller.)
private let largeGraph: TemporalGraph = {
    let kinds = ["supports", "opposes", "negotiates-with", "consults", "criticizes"]
    let actors = (0..<5_000).map { Actor(id: "a\($0)", name: "Actor \($0) & <co>", kind: "state") }
    var relations: [Relation] = []
    for index in 0..<25_000 {
        // A fixed linear congruential sequence, so every run writes the same file.
        let mixed = (index &* 2_654_435_761) % 4_294_967_296
        let source = mixed % 5_000
        let target = (source + 1 + (mixed / 5_000) % 4_999) % 5_000
        let start = Day(year: 2000 + index % 10, month: 1 + index % 12, day: 1 + index % 28)!
        let end = index % 3 == 0 ? nil : DateExpression(PartialDate(start.advanced(by: index % 365)))
        relations.append(Relation(id: "r\(index)", kind: kinds[index % kinds.count], source: "a\(source)", target: "a\(target)",
                                  start: DateExpression(PartialDate(start)), end: end, weight: Double(index % 17) / 4))
    }
    do {
        return try TemporalGraph(title: "Large", actors: actors, relations: relations)
    } catch {
        fatalError("the generated graph is invalid: \(error)")
    }
}()

@Test func manyRelationsSurviveGraphMLStreamedFromDisk() throws {
    let directory = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("large.graphml").path
    try GraphMLWriter.text(largeGraph).write(toFile: path, atomically: false, encoding: .utf8)
    expectSameGraph(try InterchangeLoader.load(path: path).graph, largeGraph)
}

@Test func manyRelationsSurviveGEXFFromBytes() throws {
    let text = GEXFWriter.text(largeGraph)
    expectSameGraph(try GEXFReader.read(bytes: Array(text.utf8), file: "large.gexf").graph, largeGraph)
}
