/// Choices for drawing a relationship diagram.
///
/// ```swift
/// var options = DiagramOptions()
/// options.engine = .neato
/// options.edgeLabels = true
/// options.nodeScores = ["russia": 0.42, "united-states": 0.61]   // e.g. betweenness
/// options.nodeScoreName = "betweenness"
/// ```
public struct DiagramOptions: Hashable, Sendable {
    /// The Graphviz engine that places the actors, or nil (the default) to choose by size
    /// (``DiagramLayout/automatic(actorCount:)``: neato, whose spring layout puts each actor
    /// near those it deals with, then sfdp for large graphs); `dot` ranks relations in one direction.
    public var engine: LayoutEngine?
    /// Graphviz's `splines` (edge routing: `true`, `line`, `curved`, `ortho`, ...), or nil
    /// to choose by size.
    public var splines: String?
    /// Label every relation with its kind and dates (secret relations are always marked).
    public var edgeLabels: Bool
    /// Draw the legend of actor kinds, relation kinds and marks.
    public var legend: Bool
    /// Also draw, faded, the actors that active actors are part of (through `partOf`), so
    /// that part-of links always have both ends.
    public var showsWholes: Bool
    /// A score per actor id that sets the node's size: nodes grow with `score / largest score`
    /// among the actors drawn; missing, non-finite and non-positive scores draw at the
    /// smallest size. Empty (the default) draws every node at the same size. The hook for
    /// centrality measures (`--size-by MEASURE`).
    public var nodeScores: [String: Double]
    /// What ``nodeScores`` measure, named in the legend ("betweenness").
    public var nodeScoreName: String?
    /// A title instead of the graph's own.
    public var title: String?
    /// Words added to the title's date line ("around Russia, 1 step").
    public var titleNote: String?
    /// Draw the actors in Graphviz clusters (boxes) by ``ActorClusters``, or nil for none.
    public var clusters: ActorClusters?
    /// Draw the relations between the same two actors in the same direction (symmetric ones
    /// in either) as one edge (see ``RelationBundling``): its line in the style of the
    /// strongest relation (largest Goldstein weight, either sign), marked `×N` for N
    /// relations, and with ``edgeLabels`` a table of every relation's kind, dates and
    /// secrecy. False draws one edge per relation.
    public var mergesParallel: Bool

    /// Creates options; every argument has the default described on its property.
    public init(engine: LayoutEngine? = nil, splines: String? = nil, edgeLabels: Bool = false, legend: Bool = true, showsWholes: Bool = true,
                nodeScores: [String: Double] = [:], nodeScoreName: String? = nil, title: String? = nil,
                mergesParallel: Bool = true) {
        self.engine = engine
        self.splines = splines
        self.edgeLabels = edgeLabels
        self.legend = legend
        self.showsWholes = showsWholes
        self.nodeScores = nodeScores
        self.nodeScoreName = nodeScoreName
        self.title = title
        self.mergesParallel = mergesParallel
        self.titleNote = nil
        self.clusters = nil
    }
}
