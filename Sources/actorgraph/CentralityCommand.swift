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

    enum Format: String, OutputFormat {
        case table, csv, json

        static let standard = Format.table
    }

    static let defaultMeasures: [CentralityMeasure] = [.degree, .betweenness, .closeness, .harmonic, .eigenvector, .pagerank]

    @OptionGroup var input: GraphSelectionOptions

    @OptionGroup var analysis: AnalysisOptions

    @OptionGroup var destination: OutputOptions<Format>

    func validate() throws {
        try analysis.validateParameters()
    }

    func run() throws {
        let selected = try input.load(writingTo: destination.output, readingOnlyTheSpan: true)
        let graph = selected.graph
        let measures = analysis.measureList(defaults: Self.defaultMeasures)
        let report = CentralityReport(graph: graph, span: selected.span, measures: measures, filter: selected.filter,
                                      graphOptions: analysis.graphOptions(undirectedByDefault: false), settings: analysis.settings)
        // A negative length is a mistake in the input, not a property of one measure's answer.
        for measure in measures {
            if case let .invalidArgument(message)? = report.scores.failures[measure] { throw UsageError(message) }
        }
        switch destination.format {
        case .json: try emit(report.jsonText(), to: destination.output)
        case .csv: try emit(report.csvText(), to: destination.output)
        case .table: try emit(report.tableText(title: graph.title ?? input.file), to: destination.output)
        }
    }
}
