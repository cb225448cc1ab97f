import ActorGraph

/// A relationship diagram of a snapshot: the DOT text that draws it and, through
/// ``render(as:)``, the picture.
///
/// Style carries meaning: node shape and fill by actor kind, edge colour by tone
/// (cooperative blue, neutral grey, conflictual red), line pattern and arrowhead by relation
/// kind, no arrow on symmetric relations, a dotted line ending in a hollow diamond from a
/// whole to each of its parts, secret relations labelled *secret*, actors without an active
/// relation faded. A legend explains every mark the diagram uses, and the title names the
/// graph and the date or window.
///
/// ```swift
/// let graph = try GraphLoader.load(path: "Graphs/central-asia-2001.yaml")
/// let diagram = RelationDiagram(snapshot: graph.snapshot(at: Day(year: 2001, month: 9, day: 22)!))
/// print(diagram.dotText)                         // DOT for Graphviz's own tools
/// let svg = try diagram.render(as: .svg).data     // laid out and drawn in-process
/// ```
public struct RelationDiagram: Sendable {
    /// What the diagram shows.
    public let content: DiagramContent
    /// How it is drawn.
    public let options: DiagramOptions
    /// The styles of the graph's actor and relation kinds.
    public let styles: DiagramStyles
    /// The legend's rows.
    public let legend: Legend
    /// Which relations are drawn as one edge.
    public let bundling: RelationBundling
    /// DOT node name of each actor id: the id itself, unless it would clash with a legend node
    /// or cgraph would forget it (see ``DOTString/keptName(_:)``).
    let nodeNames: [String: String]

    /// The diagram of `snapshot`.
    public init(snapshot: Snapshot, options: DiagramOptions = DiagramOptions()) {
        let content = DiagramContent(snapshot: snapshot, options: options)
        self.init(content: content, legend: Legend(contents: [content], options: options), options: options)
    }

    /// A diagram of `content` with a given legend and bundling (a timeline gives every frame
    /// the same ones); without a bundling, the content's relations are bundled as
    /// ``DiagramOptions/mergesParallel`` says.
    public init(content: DiagramContent, legend: Legend, options: DiagramOptions, bundling: RelationBundling? = nil) {
        self.content = content
        self.bundling = bundling
            ?? RelationBundling(relations: content.relations, graph: content.graph, merges: options.mergesParallel)
        self.options = options
        self.styles = DiagramStyles(graph: content.graph)
        self.legend = legend
        var taken = Set((0..<legend.rows.count).flatMap { [Self.legendSampleName($0), Self.legendTextName($0)] }
            + Self.cornerNames)
        var names: [String: String] = [:]
        for member in content.members {
            let base = DOTString.keptName(member.actor.id)
            var name = base
            var suffix = 2
            while !taken.insert(DOTString.afterParsing(name)).inserted {
                name = "\(base) (\(suffix))"
                suffix += 1
            }
            names[member.actor.id] = name
        }
        nodeNames = names
    }

    /// The engine and edge routing the content is laid out with (see ``DiagramLayout``).
    public var layout: DiagramLayout {
        DiagramLayout.chosen(for: options, actorCount: content.members.count)
    }

    /// The DOT text for Graphviz's own tools (`dot -Tsvg`): title, actors, relations and a
    /// legend cluster, with `layout` set to the chosen engine. Same diagram, same bytes.
    public var dotText: String {
        DOTWriter.text(of: dotGraph(placement: nil))
    }

    // MARK: - Graphs

    /// The whole diagram; with a placement, every node, edge and the legend are pinned where
    /// the placement says and the graph is drawn by the `nop2` engine.
    func dotGraph(placement: DiagramPlacement?) -> DOTGraph {
        var graph = contentGraph(placement: placement)
        graph.attributes["label"] = .text(content.titleLines.joined(separator: "\n"))
        graph.attributes["labelloc"] = "t"
        graph.attributes["fontsize"] = .number(16)
        if options.legend && !legend.rows.isEmpty {
            graph.statements.append(.subgraph(legendCluster(placement: placement)))
        }
        if let placement {
            let box = placement.drawingBox
            for (name, corner) in zip(Self.cornerNames, [box.lower, box.upper]) {
                graph.statements.append(.node(DOTNode(name: name, attributes: [
                    "shape": "point", "style": "invis", "width": .number(0.01), "height": .number(0.01), "label": "",
                    "pos": .text(corner.graphvizText + "!"),
                ])))
            }
        }
        return graph
    }

    /// Invisible points pinned to the corners of the drawing box (see ``DiagramPlacement/drawingBox``).
    static let cornerNames = ["drawing-lower-left", "drawing-upper-right"]

    /// Actors and relations only, laid out by the chosen engine to place them.
    func contentGraph(placement: DiagramPlacement? = nil) -> DOTGraph {
        let layout = self.layout
        var attributes: DOTAttributes = [
            "layout": .text(placement == nil ? layout.engine.rawValue : LayoutEngine.pinned.rawValue),
            "fontname": "Helvetica",
            "pad": .number(0.3),
            "outputorder": "edgesfirst",
        ]
        let edgeDefaults: DOTAttributes = ["fontname": "Helvetica", "fontsize": .number(9), "arrowsize": .number(0.8)]
        if placement == nil {
            for (name, value) in Self.engineAttributes(layout, edgeLabels: options.edgeLabels).pairs {
                attributes[name] = value
            }
        }
        var graph = DOTGraph(
            name: DOTString.keptName(content.graph.title ?? "actorgraph"),
            attributes: attributes,
            nodeDefaults: ["fontname": "Helvetica", "fontsize": .number(11), "margin": "0.12,0.06", "penwidth": .number(1.2)],
            edgeDefaults: edgeDefaults)
        let scale = NodeScale(scores: options.nodeScores, actors: content.members.map(\.actor.id))
        if !content.members.isEmpty { graph.statements.append(.comment("Actors")) }
        let clusters = actorClusters()
        for member in content.members where clusters.clusterOfActor[member.actor.id] == nil {
            graph.statements.append(.node(actorNode(member, scale: scale, placement: placement)))
        }
        for cluster in clusters.clusters {
            var subgraph = DOTGraph(name: cluster.name, attributes: [
                "label": .text(LabelText.wrapped(cluster.label, width: 40)), "fontname": "Helvetica-Bold", "fontsize": .number(11),
                "style": "rounded,dashed", "color": "#9e9e9e", "fontcolor": "#555555",
            ])
            if let box = placement?.content.clusters[DOTString.afterParsing(cluster.name)] {
                subgraph.attributes["bb"] = .text(box.graphvizText)
            }
            for member in cluster.members {
                subgraph.statements.append(.node(actorNode(member, scale: scale, placement: placement)))
            }
            graph.statements.append(.subgraph(subgraph))
        }
        if !content.partOfLinks.isEmpty { graph.statements.append(.comment("Part-of links (whole -> part)")) }
        for link in content.partOfLinks {
            graph.statements.append(.edge(partOfEdge(link, placement: placement)))
        }
        if !content.relations.isEmpty { graph.statements.append(.comment("Relations")) }
        for group in bundling.groups(of: content.relations) {
            for (bundle, relations) in splitByChange(group) {
                let edge = relations.count == 1 && !options.mergesParallel
                    ? relationEdge(relations[0], placement: placement)
                    : bundleEdge(bundle, relations: relations, placement: placement)
                graph.statements.append(.edge(edge))
            }
        }
        return graph
    }

    /// Attributes that make each engine's layout readable.
    static func engineAttributes(_ layout: DiagramLayout, edgeLabels: Bool) -> DOTAttributes {
        var attributes: DOTAttributes
        switch layout.engine {
        case .dot:
            attributes = ["rankdir": "LR", "nodesep": .number(0.3), "ranksep": .number(0.8)]
            if layout.splines != "true" { attributes["splines"] = .text(layout.splines) }
        case .circo:
            attributes = ["splines": .text(layout.splines), "mindist": .number(edgeLabels ? 1.2 : 0.6)]
        default:
            // Spring engines place nodes without regard to edge labels; a wider margin around
            // each node leaves the labels room.
            attributes = ["overlap": "false", "splines": .text(layout.splines), "sep": .text(edgeLabels ? "+30" : "+10")]
        }
        return attributes
    }

    // MARK: - Actors and relations

    func actorNode(_ member: DiagramContent.Member, scale: NodeScale, placement: DiagramPlacement?) -> DOTNode {
        let actor = member.actor
        let kindStyle = styles.actorStyle(actor.kind)
        let style = member.isActive ? kindStyle : kindStyle.faded()
        let name = nodeName(actor.id)
        var attributes: DOTAttributes = [
            "id": .text("actor-" + actor.id),
            "label": .text(LabelText.wrapped(actor.name)),
            "shape": .text(style.shape),
            "style": .text(style.style),
            "fillcolor": .text(style.fillColor),
            "color": .text(style.borderColor),
        ]
        if !member.isActive { attributes["fontcolor"] = .text(ActorStyle.fadedText) }
        if let size = scale.size(of: actor.id) {
            attributes["fontsize"] = .number(size.fontSize)
            attributes["width"] = .number(size.width)
            attributes["height"] = .number(size.height)
        }
        var tooltip = "\(actor.name) (\(actor.kind.replacingOccurrences(of: "-", with: " ")))"
        if let note = actor.note { tooltip += ": " + note }
        if !member.isActive { tooltip += " [no active relation]" }
        attributes["tooltip"] = .text(tooltip)
        applyEmphasis(ofActor: actor.id, to: &attributes)
        if let node = placement?.content.nodes[DOTString.afterParsing(name)] {
            attributes["pos"] = .text(node.center.graphvizText + "!")
        }
        return DOTNode(name: name, attributes: attributes)
    }

    func relationEdge(_ relation: Relation, id: String? = nil, placement: DiagramPlacement?) -> DOTEdge {
        let kind = content.graph.kind(of: relation)
        let id = id ?? "relation-" + relation.id
        var attributes: DOTAttributes = ["id": .text(id)]
        applyStyle(of: kind, to: &attributes)
        var labelLines: [String] = []
        if options.edgeLabels {
            labelLines.append(kind.label + (content.isSecret(relation) ? " (secret)" : ""))
            if let dates = dateText(relation) { labelLines.append(dates) }
        } else if content.isSecret(relation) {
            labelLines.append("secret")
            attributes["fontname"] = "Helvetica-Oblique"
        }
        if !labelLines.isEmpty {
            attributes["label"] = .text(labelLines.joined(separator: "\n"))
            attributes["fontcolor"] = .text(styles.color(kind))
        }
        attributes["tooltip"] = .text(tooltip(relation))
        applyEmphasis(of: [relation], to: &attributes)
        pin(id: id, in: placement?.content, offset: nil, to: &attributes)
        return DOTEdge(from: nodeName(relation.source), to: nodeName(relation.target), attributes: attributes)
    }

    func partOfEdge(_ link: DiagramContent.PartOfLink, placement: DiagramPlacement?) -> DOTEdge {
        let id = "part-of-" + link.part
        var attributes: DOTAttributes = ["id": .text(id)]
        Self.applyPartOfStyle(to: &attributes)
        let partName = content.graph.actor(id: link.part)?.name ?? link.part
        let wholeName = content.graph.actor(id: link.whole)?.name ?? link.whole
        attributes["tooltip"] = .text("\(partName) is part of \(wholeName)")
        pin(id: id, in: placement?.content, offset: nil, to: &attributes)
        return DOTEdge(from: nodeName(link.whole), to: nodeName(link.part), attributes: attributes)
    }

    /// Colour, line, width and arrow of relations of `kind`.
    func applyStyle(of kind: RelationKind, to attributes: inout DOTAttributes) {
        let style = styles.relationStyle(kind)
        let color = styles.color(kind)
        attributes["color"] = .text(style.isDoubled ? "\(color):invis:\(color)" : color)
        attributes["style"] = .text(style.line)
        attributes["penwidth"] = .number(style.width)
        if kind.directed {
            attributes["arrowhead"] = .text(style.arrowhead)
        } else {
            attributes["dir"] = "none"
        }
    }

    /// The part-of link's look: dotted grey from the whole, hollow diamond at the whole.
    static func applyPartOfStyle(to attributes: inout DOTAttributes) {
        attributes["color"] = "#8c8c8c"
        attributes["style"] = "dotted"
        attributes["penwidth"] = .number(1.4)
        attributes["dir"] = "back"
        attributes["arrowtail"] = "odiamond"
    }

    /// Copies a laid-out edge's path (and label place) into `attributes`.
    func pin(id: String, in layout: LaidOutGraph?, offset: LayoutPoint?, to attributes: inout DOTAttributes) {
        guard let edge = layout?.edges[DOTString.afterParsing(id)] else { return }
        let offset = offset ?? LayoutPoint(x: 0, y: 0)
        attributes["pos"] = .text(edge.path.moved(by: offset).graphvizText)
        if let label = edge.labelPosition { attributes["lp"] = .text(label.moved(by: offset).graphvizText) }
    }

    func nodeName(_ actorID: String) -> String {
        nodeNames[actorID] ?? actorID
    }

    /// The relation's dates as the diagram shows them (see ``TemporalGraph/datesText(ofRelationAt:)``).
    func dateText(_ relation: Relation) -> String? {
        content.relationDates[relation.id]
    }

    func tooltip(_ relation: Relation) -> String {
        var text = content.graph.sentence(for: relation)
        if let dates = dateText(relation) { text += " (\(dates))" }
        if content.isSecret(relation) { text += " [secret]" }
        if let note = relation.note { text += ". " + note }
        for evidence in relation.allEvidence {
            text += "\n" + content.graph.text(of: evidence)
        }
        return text
    }
}
