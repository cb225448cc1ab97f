import ActorGraph
import ActorGraphAnalysis
import ArgumentParser

/// `actorgraph centrality FILE`: centrality of every actor on a day, over a window or over the
/// whole graph.
struct CentralityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "centrality",
        abstract: "Compute centrality measures for every actor, with NetworkX's definitions.",
        discussion: """
        Without --at or --from/--to every relation counts, whatever its dates. A CSV edge list \
        (source,target[,weight]) reads as directed arcs, or undirected edges with --undirected; \
        --weight weight uses its weight column.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, csv, json
    }

    static let defaultMeasures: [CentralityMeasure] = [.degree, .betweenness, .closeness, .harmonic, .eigenvector, .pagerank]

    @Argument(help: "The graph file (YAML, JSON or CSV).")
    var file: String

    @OptionGroup var dates: DateSelectionOptions
    @OptionGroup var selection: RelationSelectionOptions
    @OptionGroup var analysis: AnalysisOptions

    @Option(help: "Output format: table, csv or json.")
    var format: Format = .table

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func validate() throws {
        try analysis.validateParameters()
    }

    @OptionGroup var reading: VaguenessOptions

    func run() throws {
        try InputProtection.check(output: output, graph: file)
        let measures = analysis.measureList(defaults: Self.defaultMeasures)
        let span = try dates.span()
        let graph = try loadGraph(file, vagueness: reading.vagueness, activeDuring: span.map { [$0] })
        let report = CentralityReport(graph: graph, span: span, measures: measures, filter: try selection.filter(for: graph),
                                      graphOptions: analysis.graphOptions(undirectedByDefault: false), settings: analysis.settings)
        // A negative length is a mistake in the input, not a property of one measure's answer.
        for measure in measures {
            if case let .invalidArgument(message)? = report.scores.failures[measure] { throw UsageError(message) }
        }
        switch format {
        case .json: try emit(report.jsonText(), to: output)
        case .csv: try emit(report.csvText(), to: output)
        case .table: try emit(report.tableText(title: graph.title ?? file), to: output)
        }
    }
}
