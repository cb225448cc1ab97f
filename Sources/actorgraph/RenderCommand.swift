import ActorGraph
import ActorGraphAnalysis
import ActorGraphGraphviz
import ArgumentParser

/// `actorgraph render FILE (--at DATE | --from DATE --to DATE) [-o OUT]`: a relationship diagram.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw the relations active on a day or within a window, with a legend.",
        discussion: """
        The format follows the extension of -o: .svg, .png, .pdf, or .dot (the diagram with every position \
        Graphviz computed). Without -o, the DOT text goes to standard output, ready for Graphviz's own tools.
        """)

    @OptionGroup var input: GraphSelectionOptions

    @OptionGroup var drawing: DiagramCommandOptions

    @Option(name: .shortAndLong, help: "Write the diagram to this .svg, .png, .pdf or .dot file.")
    var output: String?

    @Option(name: .customLong("size-by"), help: ArgumentHelp(
        "Size each actor by a centrality measure on the drawn relations (directed, unweighted, NetworkX's definitions): \(CentralityMeasure.allCases.map(\.rawValue).joined(separator: ", ")).",
        valueName: "measure"))
    var sizeBy: CentralityMeasure?

    @Option(help: ArgumentHelp("Show what changed since this date: relations begun emphasised, ended ones as ghosts, unchanged ones muted, new actors marked (with --at).", valueName: "date"))
    var since: PartialDate?

    @Option(help: ArgumentHelp("Draw only the actors within --depth steps of this actor (by id) on the date, and the relations among them.", valueName: "actor"))
    var around: String?

    @Option(help: "Steps from the --around actor (default 1).")
    var depth: Int = 1

    @Option(help: ArgumentHelp("Frame actors in Graphviz clusters: partOf (each whole with its parts), group (the actors' group field) or communities (the Leiden blocs of the snapshot, named as reports name them); laid out by fdp unless --engine says otherwise.", valueName: "grouping"))
    var clusters: ClusterChoice?

    /// The groupings `--clusters` offers.
    enum ClusterChoice: String, ExpressibleByArgument, CaseIterable {
        case partOf, group, communities
    }

    func validate() throws {
        if since != nil && input.dates.at == nil { throw ValidationError("--since needs --at DATE") }
        if depth < 0 { throw ValidationError("--depth must be 0 or more") }
        try input.dates.requireDate()
        if let output, RenderFormat(fileName: output) == nil {
            throw ValidationError("-o \(output): the extension must be .svg, .png, .pdf or .dot")
        }
    }

    func run() throws {
        let selected = try input.load(writingTo: output, readingOnlyTheSpan: true,
                                      alsoDuring: since.map { [DaySpan($0)] } ?? [], naming: Set([around].compactMap { $0 }))
        let (graph, filter) = (selected.graph, selected.filter)
        var snapshot = selected.snapshot()
        var options = drawing.diagramOptions
        var earlier = since.map { graph.snapshot(over: DaySpan($0), filter: filter) }
        if let around {
            guard let actor = graph.actor(id: around) else {
                throw ValidationError("--around: no actor '\(around)' in \(input.file)")
            }
            snapshot = snapshot.neighbourhood(of: around, depth: depth)
            earlier = earlier?.neighbourhood(of: around, depth: depth)
            options.titleNote = "around \(actor.name) (\(depth) step\(depth == 1 ? "" : "s"))"
        }
        switch clusters {
        case .partOf: options.clusters = .partOf
        case .group: options.clusters = .group
        case .communities:
            let blocs = BlocTimeline.blocs(of: snapshot)
            options.clusters = .blocs(Dictionary(uniqueKeysWithValues: blocs.flatMap { bloc in bloc.members.map { ($0, bloc.name) } }))
        case nil: break
        }
        if let measure = sizeBy {
            let scores = CompactGraph(snapshot: snapshot).centrality([measure])
            if let failure = scores.failures[measure] { throw UsageError("--size-by \(measure): \(failure)") }
            options.nodeScores = Dictionary(uniqueKeysWithValues: zip(scores.labels, scores.values[measure] ?? []))
            options.nodeScoreName = measure.title.lowercased()
        }
        let diagram: RelationDiagram
        if let earlier {
            let content = DiagramContent(snapshot: snapshot, since: earlier, options: options)
            diagram = RelationDiagram(content: content, legend: Legend(contents: [content], options: options), options: options)
        } else {
            diagram = RelationDiagram(snapshot: snapshot, options: options)
        }
        guard let output, let format = RenderFormat(fileName: output) else {
            try emit(diagram.dotText, to: nil)
            return
        }
        reportLayout(diagram, command: "render")
        let rendered = try reportingGraphvizErrors { try diagram.render(as: format) }
        reportGraphvizWarnings(rendered.warnings)
        do {
            try AtomicFileWriter.write(rendered.data, to: output)
        } catch {
            printError(error.description)
            throw ExitCode.failure
        }
    }
}
