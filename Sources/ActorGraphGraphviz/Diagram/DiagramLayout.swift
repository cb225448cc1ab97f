/// The Graphviz engine and edge routing a diagram is laid out with, chosen by its size
/// unless ``DiagramOptions/engine`` or ``DiagramOptions/splines`` say otherwise.
///
/// Routing every edge around the nodes (`splines=true`) builds a visibility graph whose
/// cost grows far faster than the graph: neato spends seconds on 200 actors and minutes on
/// thousands. So small diagrams get neato with curved edges that avoid the nodes, middle
/// sizes neato with straight edges, and large ones sfdp (the multiscale spring model)
/// with straight edges.
///
/// ```swift
/// DiagramLayout.automatic(actorCount: 20).engine      // .neato, splines "true"
/// DiagramLayout.automatic(actorCount: 5_000).engine   // .sfdp, splines "line"
/// ```
public struct DiagramLayout: Hashable, Sendable, CustomStringConvertible {
    /// The engine that places the actors.
    public var engine: LayoutEngine
    /// Graphviz's `splines` value: `true` (curves around nodes), `line` (straight), `curved`, ...
    public var splines: String
    /// Why this layout was chosen, for a message on standard error.
    public var reason: String

    /// Actor counts up to which neato routes edges around the nodes.
    public static let routedLimit = 100
    /// Actor counts up to which neato places the actors; sfdp above.
    public static let neatoLimit = 400

    /// Creates a layout.
    public init(engine: LayoutEngine, splines: String, reason: String) {
        self.engine = engine
        self.splines = splines
        self.reason = reason
    }

    /// The layout for a diagram of `actorCount` actors.
    public static func automatic(actorCount: Int) -> DiagramLayout {
        if actorCount <= routedLimit {
            return DiagramLayout(engine: .neato, splines: "true", reason: "\(actorCount) actors, at most \(routedLimit)")
        }
        if actorCount <= neatoLimit {
            return DiagramLayout(engine: .neato, splines: "line",
                                 reason: "\(actorCount) actors, more than \(routedLimit): straight edges")
        }
        return DiagramLayout(engine: .sfdp, splines: "line", reason: "\(actorCount) actors, more than \(neatoLimit)")
    }

    /// The layout `options` ask for, sized for `actorCount` actors where they leave it open.
    public static func chosen(for options: DiagramOptions, actorCount: Int) -> DiagramLayout {
        var layout = automatic(actorCount: actorCount)
        if options.clusters != nil && layout.engine == .neato {
            // neato ignores clusters; fdp draws them.
            layout.engine = .fdp
            layout.reason += "; fdp draws the clusters"
        }
        if let engine = options.engine {
            layout.engine = engine
            layout.splines = engine == .dot ? "true" : layout.splines
            layout.reason = "--engine \(engine)"
        }
        if let splines = options.splines {
            layout.splines = splines
            layout.reason += options.engine == nil ? "; --splines \(splines)" : ", --splines \(splines)"
        }
        return layout
    }

    /// "neato with splines=true (20 actors, at most 100)".
    public var description: String { "\(engine) with splines=\(splines) (\(reason))" }
}
