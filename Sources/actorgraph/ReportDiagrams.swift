import ActorGraph
import ActorGraphAnalysis
import ActorGraphGraphviz
import Foundation

/// The diagrams of an influence report's dates: one timeline, so that every actor keeps its
/// place from date to date, with each date's nodes sized by its scores on `sizeMeasure`.
enum ReportDiagrams {
    /// SVG markup per period day, or an empty map when Graphviz fails (the report is then
    /// written without diagrams and the failure reported on standard error).
    static func svgByDay(_ report: InfluenceReport, certainty: Certainty, filter: RelationFilter,
                         sizeMeasure: CentralityMeasure) -> [Day: String] {
        let periods = report.periods
        let frameScores = periods.map { period in
            Dictionary(uniqueKeysWithValues: period.snapshot.actors.compactMap { actor in
                period.score(sizeMeasure, of: actor.id).map { (actor.id, $0) }
            })
        }
        // The report explains sizes in its caption; without a legend the diagram gets the room.
        let options = DiagramOptions(legend: false, nodeScoreName: sizeMeasure.title.lowercased(),
                                     title: "Node size: \(sizeMeasure.title.lowercased())")
        let timeline = Timeline(graph: report.graph, days: periods.map(\.day), certainty: certainty, filter: filter,
                                options: options, frameScores: frameScores)
        do {
            let outputs = try timeline.render(as: .svg)
            var result: [Day: String] = [:]
            for (period, output) in zip(periods, outputs) {
                let text = String(decoding: output.data, as: UTF8.self)
                // Inline SVG needs neither the XML declaration nor the doctype.
                if let start = text.range(of: "<svg") { result[period.day] = String(text[start.lowerBound...]) }
            }
            return result
        } catch {
            printError("warning: the report is written without diagrams: \(error)")
            return [:]
        }
    }

    /// The measure that sizes the nodes: betweenness when the report has it, else its first measure.
    static func sizeMeasure(of measures: [CentralityMeasure]) -> CentralityMeasure? {
        measures.contains(.betweenness) ? .betweenness : measures.first
    }
}
