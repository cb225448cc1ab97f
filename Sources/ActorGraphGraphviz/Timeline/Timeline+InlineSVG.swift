import ActorGraph

extension Timeline {
    /// A timeline for the pages of a report: nodes sized per date by `frameScores` (one actor
    /// -> score map per day, named `scoreName` in the title) and no legend, so that the
    /// diagram gets the room and the page's caption explains the sizes.
    public static func sizedByScores(graph: TemporalGraph, days: [Day], filter: RelationFilter,
                                     frameScores: [[String: Double]], scoreName: String) -> Timeline {
        let options = DiagramOptions(legend: false, nodeScoreName: scoreName, title: "Node size: \(scoreName)")
        return Timeline(graph: graph, days: days, filter: filter, options: options, frameScores: frameScores)
    }

    /// Every frame as SVG markup to inline in an HTML page (without the XML declaration and
    /// doctype), in frame order.
    ///
    /// - Throws: ``GraphvizError`` when Graphviz fails.
    public func inlineSVGFrames() throws(GraphvizError) -> [String] {
        try render(as: .svg).map { output in
            let text = String(decoding: output.data, as: UTF8.self)
            return text.range(of: "<svg").map { String(text[$0.lowerBound...]) } ?? text
        }
    }
}
