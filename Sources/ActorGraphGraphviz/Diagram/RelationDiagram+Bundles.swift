import ActorGraph

extension RelationDiagram {
    /// The edge of a bundle drawn with `relations` (those of the bundle in the diagram, in
    /// file order): one relation is drawn as on its own; several take the strongest one's
    /// line, an arrowhead when any of them is directed, the mark `×N`, and with edge labels a
    /// table with a row per relation. The SVG `class` names every relation
    /// (``relationClass(_:)``), so that each one can be found in the drawing.
    func bundleEdge(_ bundle: RelationBundling.Bundle, relations: [Relation], placement: DiagramPlacement?) -> DOTEdge {
        let classes = relations.map { Self.relationClass($0.id) }.joined(separator: " ")
        guard relations.count > 1 else {
            var edge = relationEdge(relations[0], id: bundle.id, placement: placement)
            if case let .text(marks)? = edge.attributes["class"] {
                edge.attributes["class"] = .text(marks + " " + classes)
            } else {
                edge.attributes["class"] = .text(classes)
            }
            return edge
        }
        let graph = content.graph
        let strongest = Self.strongest(relations, in: graph) ?? relations[0]
        let strongestKind = graph.kind(of: strongest)
        var attributes: DOTAttributes = ["id": .text(bundle.id), "class": .text(classes)]
        applyStyle(of: strongestKind, to: &attributes)
        if let directed = Self.strongest(relations.filter { graph.kind(of: $0).directed }, in: graph) {
            attributes["dir"] = nil
            attributes["arrowhead"] = .text(styles.relationStyle(graph.kind(of: directed)).arrowhead)
        }
        let count = "×\(relations.count)"
        let anySecret = relations.contains(where: content.isSecret)
        if options.edgeLabels {
            var rows: [[HTMLLabel.Cell]] = [[HTMLLabel.Cell(text: "\(count) relations", color: styles.color(strongestKind), bold: true)]]
            for relation in relations {
                let kind = graph.kind(of: relation)
                var text = kind.label
                if let dates = dateText(relation) { text += ", " + dates }
                rows.append([HTMLLabel.Cell(text: text, color: styles.color(kind), mark: content.isSecret(relation) ? "secret" : nil)])
            }
            attributes["label"] = .html(.table(rows: rows))
        } else {
            attributes["label"] = .text(anySecret ? count + "\nsecret" : count)
            attributes["fontcolor"] = .text(styles.color(strongestKind))
        }
        attributes["tooltip"] = .text(relations.map { tooltip($0) }.joined(separator: "\n"))
        applyEmphasis(of: relations, to: &attributes)
        pin(id: bundle.id, in: placement?.content, offset: nil, to: &attributes)
        return DOTEdge(from: nodeName(bundle.source), to: nodeName(bundle.target), attributes: attributes)
    }

    /// A bundle's relations split by how they changed when the diagram shows changes (each
    /// part its own edge, `ID began`, `ID ended`, `ID unchanged` when there are several
    /// parts), else the bundle as it is.
    func splitByChange(_ group: (bundle: RelationBundling.Bundle, relations: [Relation]))
        -> [(RelationBundling.Bundle, [Relation])] {
        if content.changes.isEmpty { return [(group.bundle, group.relations)] }
        let order: [DiagramContent.RelationChange] = [.began, .unchanged, .ended]
        let parts = order.compactMap { change -> (DiagramContent.RelationChange, [Relation])? in
            let relations = group.relations.filter { content.changes[$0.id] == change }
            return relations.isEmpty ? nil : (change, relations)
        }
        if parts.count == 1 { return [(group.bundle, group.relations)] }
        return parts.map { change, relations in
            var bundle = group.bundle
            bundle.id += " " + change.rawValue
            return (bundle, relations)
        }
    }

    /// The relation with the largest Goldstein weight either way (conflict as strong as
    /// cooperation), the first in file order on a tie; nil for no relations.
    static func strongest(_ relations: [Relation], in graph: TemporalGraph) -> Relation? {
        var best: Relation?
        var bestWeight = -1.0
        for relation in relations {
            let weight = abs(graph.kind(of: relation).goldstein)
            if weight > bestWeight {
                best = relation
                bestWeight = weight
            }
        }
        return best
    }

    /// The SVG class token naming a relation: `relation-` and its id with every character
    /// other than ASCII letters, digits, `-`, `_` and `.` written `%XX` (UTF-8 bytes), so
    /// that ids with spaces stay one token.
    ///
    /// ```swift
    /// RelationDiagram.relationClass("r1 a&b")   // "relation-r1%20a%26b"
    /// ```
    public static func relationClass(_ relationID: String) -> String {
        var token = "relation-"
        for byte in relationID.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."):
                token.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let digits = Array("0123456789ABCDEF".unicodeScalars)
                token += "%"
                token.unicodeScalars.append(digits[Int(byte >> 4)])
                token.unicodeScalars.append(digits[Int(byte & 0xF)])
            }
        }
        return token
    }
}
