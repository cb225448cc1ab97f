import ActorGraph

/// Diagrams of one graph at successive dates in which every actor keeps its place.
///
/// The union of all frames (every actor and relation active on any of the dates) is laid
/// out once; each frame is then drawn with those positions pinned, showing the relations
/// active on its date and fading, not moving or dropping, the actors without one. All frames
/// share one legend and one drawing box, so that a node sits at the same coordinates in
/// every output file.
///
/// ```swift
/// let days = graph.days(from: Day(year: 2001, month: 9, day: 10)!, to: Day(year: 2001, month: 10, day: 15)!, every: .weeks(1))
/// let timeline = Timeline(graph: graph, days: days)
/// let frames = try timeline.render(as: .svg)      // one SVG per day, positions shared
/// ```
public struct Timeline: Sendable {
    /// One date of the timeline.
    public struct Frame: Sendable {
        /// The frame's date.
        public let day: Day
        /// The relations active on it.
        public let snapshot: Snapshot
        /// Positions in the graph's relations of those that became active since the previous
        /// frame's date (for the first frame: on its date), in file order.
        public let started: [Int32]
        /// Positions of those that stopped being active since the previous frame's date
        /// (for the first frame: on its date), in file order.
        public let ended: [Int32]
        /// The frame's diagram.
        public let diagram: RelationDiagram
    }

    /// The graph drawn.
    public let graph: TemporalGraph
    /// The frames, by date.
    public let frames: [Frame]
    /// The diagram of every actor and relation of any frame, which is laid out once.
    public let union: RelationDiagram

    /// A timeline of `graph` on `days` (ascending), keeping relations that pass `filter`
    /// (active with its certainty).
    ///
    /// `frameScores`, when given, holds one actor -> score map per day that sizes that
    /// frame's nodes (an influence report's centrality on each date); the shared layout
    /// makes room for each actor's largest size. Otherwise `options.nodeScores` sizes every frame.
    public init(graph: TemporalGraph, days: [Day], filter: RelationFilter = .all,
                options: DiagramOptions = DiagramOptions(), frameScores: [[String: Double]] = []) {
        var unionOptions = options
        if !frameScores.isEmpty {
            unionOptions.nodeScores = frameScores.reduce(into: [:]) { largest, scores in
                largest.merge(scores) { max($0, $1) }
            }
        }
        func frameOptions(_ index: Int) -> DiagramOptions {
            guard index < frameScores.count else { return options }
            var perFrame = options
            perFrame.nodeScores = frameScores[index]
            return perFrame
        }
        self.graph = graph
        let snapshots = days.map { graph.snapshot(at: $0, filter: filter) }
        let unionPositions = Set(snapshots.flatMap(\.relationPositions)).sorted()
        let unionSpan = DaySpan(first: days.first ?? .distantPast, last: days.last ?? .distantFuture)
        let unionSnapshot = Snapshot(graph: graph, span: unionSpan, filter: filter, relationPositions: unionPositions)
        let unionContent = DiagramContent(snapshot: unionSnapshot, options: unionOptions)
        let shown = Set(unionContent.members.compactMap { graph.actorPosition[$0.actor.id] })
        let contents = snapshots.enumerated().map { index, snapshot in
            DiagramContent(snapshot: snapshot, shownActorPositions: shown, options: frameOptions(index))
        }
        let legend = Legend(contents: [unionContent] + contents, options: unionOptions)
        union = RelationDiagram(content: unionContent, legend: legend, options: unionOptions)

        // Relations that start or end between two frames are listed even when no frame shows them.
        let changes = graph.changes(leadingTo: days, filter: filter)
        let bundling = union.bundling
        frames = days.indices.map { index in
            Frame(day: days[index], snapshot: snapshots[index], started: changes[index].started, ended: changes[index].ended,
                  diagram: RelationDiagram(content: contents[index], legend: legend, options: frameOptions(index),
                                           bundling: bundling))
        }
    }

    /// Lays out the union once and draws every frame with its positions, in frame order.
    ///
    /// - Throws: ``GraphvizError`` when Graphviz fails.
    public func render(as format: RenderFormat) throws(GraphvizError) -> [GraphvizRenderer.Output] {
        let placement = try union.place()
        var outputs: [GraphvizRenderer.Output] = []
        for (index, frame) in frames.enumerated() {
            var output = try frame.diagram.render(as: format, placement: placement)
            if index == 0 { output.warnings = placement.warnings + output.warnings }
            outputs.append(output)
        }
        return outputs
    }
}
