import ActorGraph

extension RelationDiagram {
    /// The colour of relations drawn as ghosts (ended since the earlier date).
    static let ghostColor = "#b0b0b0"
    /// The border colour of actors new since the earlier date.
    static let newActorColor = "#e08214"
    /// Opacity (two hex digits) of muted (unchanged) relations.
    static let mutedAlpha = "59"
    /// Opacity (two hex digits) of relations only possibly active.
    static let uncertainAlpha = "80"

    /// Marks an edge drawing `relations` (all with the same change, when the diagram shows
    /// changes) as begun, ended or unchanged, and lighter when every one of them is only
    /// possibly active; the marks go first into the SVG `class` (`edge began`, `edge uncertain`).
    func applyEmphasis(of relations: [Relation], to attributes: inout DOTAttributes) {
        let change = relations.first.flatMap { content.changes[$0.id] }
        let uncertain = change != .ended && !relations.isEmpty && relations.allSatisfy(content.isUncertain)
        Self.applyMarks(change: change, uncertain: uncertain, to: &attributes)
    }

    /// The look of a change and of uncertainty (shared by edges and legend samples).
    static func applyMarks(change: DiagramContent.RelationChange?, uncertain: Bool, to attributes: inout DOTAttributes) {
        var classes: [String] = []
        switch change {
        case .began?:
            classes.append("began")
            let width: Double = if case let .number(value)? = attributes["penwidth"] { value } else { 1.4 }
            attributes["penwidth"] = .number(width + 1.6)
        case .ended?:
            classes.append("ended")
            attributes["color"] = .text(recolored(attributes["color"], to: ghostColor))
            attributes["fontcolor"] = .text(ghostColor)
            if case .text("solid")? = attributes["style"] { attributes["style"] = "dashed" }
        case .unchanged?:
            classes.append("unchanged")
            attributes["color"] = .text(withAlpha(attributes["color"], mutedAlpha))
            if attributes["fontcolor"] != nil { attributes["fontcolor"] = .text(withAlpha(attributes["fontcolor"], mutedAlpha)) }
        case nil:
            break
        }
        if uncertain {
            classes.append("uncertain")
            if change != .unchanged { attributes["color"] = .text(withAlpha(attributes["color"], uncertainAlpha)) }
        }
        // Marks first, so that the SVG reads `class="edge began relation-..."`.
        if case let .text(existing)? = attributes["class"] { classes.append(existing) }
        if !classes.isEmpty { attributes["class"] = .text(classes.joined(separator: " ")) }
    }

    /// Marks a node new since the earlier date: a thick orange border and class `new`.
    func applyEmphasis(ofActor id: String, to attributes: inout DOTAttributes) {
        guard content.newActors.contains(id) else { return }
        attributes["color"] = .text(Self.newActorColor)
        attributes["penwidth"] = .number(3)
        attributes["class"] = "new"
    }

    /// Every `#rrggbb` colour of a Graphviz colour list (`c:invis:c`) given opacity `alpha`.
    static func withAlpha(_ value: DOTValue?, _ alpha: String) -> String {
        guard case let .text(colors)? = value else { return "#000000" + alpha }
        return colors.split(separator: ":", omittingEmptySubsequences: false).map { color in
            color.hasPrefix("#") && color.count == 7 ? color + alpha : String(color)
        }.joined(separator: ":")
    }

    /// Every colour of a Graphviz colour list replaced by `color` (`invis` kept).
    static func recolored(_ value: DOTValue?, to color: String) -> String {
        guard case let .text(colors)? = value else { return color }
        return colors.split(separator: ":", omittingEmptySubsequences: false).map { $0 == "invis" ? "invis" : color }
            .joined(separator: ":")
    }
}
