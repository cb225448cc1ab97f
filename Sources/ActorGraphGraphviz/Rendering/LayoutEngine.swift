/// A Graphviz layout engine, by the name Graphviz knows it.
///
/// The engines a diagram can be drawn with are listed in ``diagramEngines``; any other name
/// is passed to Graphviz, which rejects the names it does not know with a ``GraphvizError``.
public struct LayoutEngine: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The engine's name, as `gvLayout` takes it.
    public let rawValue: String

    /// Creates an engine from its Graphviz name.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Hierarchical layers: relations read in one direction.
    public static let dot = LayoutEngine(rawValue: "dot")
    /// Spring model (stress majorization).
    public static let neato = LayoutEngine(rawValue: "neato")
    /// Force-directed placement.
    public static let fdp = LayoutEngine(rawValue: "fdp")
    /// Multiscale force-directed placement, for large graphs.
    public static let sfdp = LayoutEngine(rawValue: "sfdp")
    /// Circular layout.
    public static let circo = LayoutEngine(rawValue: "circo")
    /// Keeps the positions given in `pos` attributes (in points) and routes edges that have none;
    /// what `neato -n2` does. Diagrams are drawn with it once positions are pinned.
    public static let pinned = LayoutEngine(rawValue: "nop2")

    /// The engines diagrams and timelines offer.
    public static let diagramEngines: [LayoutEngine] = [.dot, .neato, .fdp, .sfdp, .circo]

    public var description: String { rawValue }
}
