import ActorGraph

/// The actor and relation styles of one graph, fixed for every diagram drawn from it so that
/// frames of a timeline and diagrams of different dates share one visual vocabulary.
public struct DiagramStyles: Sendable {
    /// Style by actor kind.
    public private(set) var actorStyles: [String: ActorStyle]
    /// Style by relation kind id.
    public private(set) var relationStyles: [String: RelationStyle]

    /// The styles of `graph`: built-ins, then the extra styles in the order the graph's actors
    /// and declared kinds first use them (cycling when there are more kinds than styles).
    public init(graph: TemporalGraph) {
        actorStyles = ActorStyle.builtIn
        var extraActorKinds = 0
        for actor in graph.actors where actorStyles[actor.kind] == nil {
            actorStyles[actor.kind] = ActorStyle.extraStyles[extraActorKinds % ActorStyle.extraStyles.count]
            extraActorKinds += 1
        }
        relationStyles = RelationStyle.builtIn
        var extraDirected = 0
        var extraSymmetric = 0
        for kind in graph.kinds.values where relationStyles[kind.id] == nil {
            if kind.directed {
                relationStyles[kind.id] = RelationStyle.extraDirected[extraDirected % RelationStyle.extraDirected.count]
                extraDirected += 1
            } else {
                relationStyles[kind.id] = RelationStyle.extraSymmetric[extraSymmetric % RelationStyle.extraSymmetric.count]
                extraSymmetric += 1
            }
        }
    }

    /// The style of actors of `kind`.
    public func actorStyle(_ kind: String) -> ActorStyle {
        actorStyles[kind] ?? ActorStyle.plain
    }

    /// The style of relations of `kind`, with arrows removed for symmetric kinds.
    public func relationStyle(_ kind: RelationKind) -> RelationStyle {
        var style = relationStyles[kind.id] ?? RelationStyle(line: "solid", arrowhead: "normal")
        if !kind.directed { style.arrowhead = "none" }
        return style
    }

    /// The colour of relations of `kind`.
    public func color(_ kind: RelationKind) -> String {
        RelationStyle.toneColors[kind.tone] ?? "#000000"
    }
}
