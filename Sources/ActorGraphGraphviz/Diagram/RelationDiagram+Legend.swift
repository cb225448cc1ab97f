import ActorGraph

extension RelationDiagram {
    /// The legend subgraph's name (a `cluster` so that Graphviz frames it).
    static let legendClusterName = "cluster_legend"

    static func legendSampleName(_ row: Int) -> String { "legend-\(row)-sample" }
    static func legendTextName(_ row: Int) -> String { "legend-\(row)-text" }
    static func legendEdgeID(_ row: Int) -> String { "legend-\(row)" }

    /// The legend alone, rows stacked top to bottom, for `dot` to lay out.
    func legendLayoutGraph() -> DOTGraph {
        DOTGraph(name: "legend",
                 attributes: ["rankdir": "LR", "nodesep": .number(0.08), "ranksep": .number(0.35), "fontname": "Helvetica"],
                 statements: [.subgraph(legendCluster(placement: nil))])
    }

    /// The legend cluster: per row a sample (node or edge) and a text node; pinned when
    /// `placement` says where the legend goes.
    func legendCluster(placement: DiagramPlacement?) -> DOTGraph {
        let texts = legend.rows.map(legendText)
        let longest = texts.map(\.count).max() ?? 0
        let textWidth = (Double(longest) * 10 * 0.6 + 10) / 72
        var cluster = DOTGraph(
            name: Self.legendClusterName,
            attributes: ["label": "Legend", "labeljust": "l", "fontname": "Helvetica-Bold", "fontsize": .number(12),
                         "style": "rounded", "color": "#9e9e9e", "margin": .number(10)],
            nodeDefaults: ["fontname": "Helvetica", "fontsize": .number(10)],
            edgeDefaults: ["arrowsize": .number(0.8)])
        if let layout = placement?.legend, let box = layout.clusters[Self.legendClusterName] {
            cluster.attributes["bb"] = .text(box.moved(by: placement?.legendOffset ?? LayoutPoint(x: 0, y: 0)).graphvizText)
        }
        for (row, kind) in legend.rows.enumerated() {
            var sample: DOTAttributes = ["shape": "point", "width": .number(0.02), "style": "invis"]
            var edge: DOTAttributes = ["id": .text(Self.legendEdgeID(row)), "style": "invis"]
            var text: DOTAttributes = ["shape": "plaintext", "label": .leftJustifiedLines([texts[row]]),
                                       "width": .number(textWidth), "height": .number(0.24), "margin": "0.08,0.01"]
            switch kind {
            case let .heading(_, tone):
                text["fontname"] = "Helvetica-Bold"
                text["fontcolor"] = .text(tone.flatMap { RelationStyle.toneColors[$0] } ?? "#333333")
            case let .actorKind(actorKind):
                sample = Self.sampleNode(styles.actorStyle(actorKind))
            case let .relationKind(id):
                edge["style"] = nil
                applyStyle(of: content.graph.kinds[id] ?? RelationKind(id: id, tone: .neutral, goldstein: 0), to: &edge)
            case .partOf:
                edge["style"] = nil
                Self.applyPartOfStyle(to: &edge)
            case .secret:
                edge["style"] = nil
                applyStyle(of: RelationKind(id: "secret", directed: true, tone: .neutral, goldstein: 0), to: &edge)
                edge["label"] = "secret"
                edge["fontname"] = "Helvetica-Oblique"
                edge["fontsize"] = .number(9)
                edge["fontcolor"] = .text(RelationStyle.toneColors[.neutral] ?? "#000000")
            case .merged:
                edge["style"] = nil
                applyStyle(of: RelationKind(id: "merged", directed: true, tone: .neutral, goldstein: 0), to: &edge)
                edge["label"] = "×3"
                edge["fontsize"] = .number(9)
                edge["fontcolor"] = .text(RelationStyle.toneColors[.neutral] ?? "#000000")
            case .began, .ended, .unchanged, .uncertain:
                edge["style"] = nil
                let sampleKind = RelationKind(id: "sample", directed: true, tone: .cooperative, goldstein: 0)
                applyStyle(of: sampleKind, to: &edge)
                let change: DiagramContent.RelationChange? = switch kind {
                case .began: .began
                case .ended: .ended
                case .unchanged: .unchanged
                default: nil
                }
                Self.applyMarks(change: change, uncertain: change == nil, to: &edge)
                edge["class"] = nil
            case .newActor:
                var style = ActorStyle.plain
                style.borderColor = Self.newActorColor
                sample = Self.sampleNode(style)
                sample["penwidth"] = .number(3)
            case .inactive:
                sample = Self.sampleNode(ActorStyle.plain.faded())
            case .nodeSize:
                sample = Self.sampleNode(ActorStyle.plain)
            }
            let offset = placement?.legendOffset
            for (name, attributes) in [(Self.legendSampleName(row), sample), (Self.legendTextName(row), text)] {
                var attributes = attributes
                if let node = placement?.legend?.nodes[name], let offset {
                    attributes["pos"] = .text(node.center.moved(by: offset).graphvizText + "!")
                }
                cluster.statements.append(.node(DOTNode(name: name, attributes: attributes)))
            }
            pin(id: Self.legendEdgeID(row), in: placement?.legend, offset: offset, to: &edge)
            cluster.statements.append(.edge(DOTEdge(from: Self.legendSampleName(row), to: Self.legendTextName(row), attributes: edge)))
        }
        return cluster
    }

    /// The words beside a legend row's sample.
    func legendText(_ row: Legend.Row) -> String {
        switch row {
        case let .heading(text, _): return text
        case let .actorKind(kind): return kind.replacingOccurrences(of: "-", with: " ")
        case let .relationKind(id): return content.graph.kinds[id]?.label ?? id
        case .partOf: return "part of (diamond at the whole)"
        case .merged: return options.edgeLabels
            ? "3 relations, one line: the strongest's style, each listed"
            : "3 relations, one line in the strongest's style"
        case let .began(since): return "began since \(since)"
        case .ended: return "ended since then (ghost)"
        case .unchanged: return "unchanged (muted)"
        case .newActor: return "actor new since then"
        case .uncertain: return "possibly, not certainly active (vague dates)"
        case .secret: return "kept secret at the time"
        case .inactive: return "no active relation"
        case let .nodeSize(name): return "size: \(name)"
        }
    }

    private static func sampleNode(_ style: ActorStyle) -> DOTAttributes {
        ["shape": .text(style.shape), "style": .text(style.style), "fillcolor": .text(style.fillColor),
         "color": .text(style.borderColor), "label": "", "width": .number(0.42), "height": .number(0.26), "fixedsize": "true"]
    }
}
