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
        _ = try analysis.measureList(defaults: Self.defaultMeasures)
    }

    func run() throws {
        let measures = try analysis.measureList(defaults: Self.defaultMeasures)
        let span = try dates.span()
        let graph = try loadGraph(file)
        let filter = try selection.filter(for: graph)
        let snapshot = span.map { graph.snapshot(over: $0, filter: filter) } ?? graph.wholeGraph(filter: filter)
        let graphOptions = analysis.graphOptions(undirectedByDefault: false)
        let compact = CompactGraph(snapshot: snapshot, options: graphOptions)
        let scores = compact.centrality(measures, settings: analysis.settings)
        // A negative length is a mistake in the input, not a property of one measure's answer.
        for measure in measures {
            if case let .invalidArgument(message)? = scores.failures[measure] { throw UsageError(message) }
        }
        switch format {
        case .json: try emit(jsonText(scores, span: span), to: output)
        case .csv: try emit(csvText(scores, graph: graph), to: output)
        case .table:
            let summary = AnalysisSummary.text(filter: filter, graphOptions: graphOptions, settings: analysis.settings)
            try emit(tableText(scores, graph: graph, compact: compact, span: span, summary: summary), to: output)
        }
    }

    private func jsonText(_ scores: CentralityScores, span: DaySpan?) -> String {
        var members: [(String, JSONValue)] = []
        if let span, span.first == span.last {
            members.append(("at", .string(span.first.description)))
        } else {
            members.append(("at", .null))
            if let span {
                members.append(("from", .string(span.first.description)))
                members.append(("to", .string(span.last.description)))
            }
        }
        members.append(("measures", .object(scores.measures.map { measure in
            guard let values = scores.values[measure] else { return (measure.rawValue, .null) }
            return (measure.rawValue, .object(zip(scores.labels, values).map { ($0, .number($1)) }))
        })))
        if !scores.failures.isEmpty {
            members.append(("errors", .object(scores.measures.compactMap { measure in
                scores.failures[measure].map { (measure.rawValue, .string($0.description)) }
            })))
        }
        return JSONValue.object(members).serialized(pretty: true) + "\n"
    }

    private func csvText(_ scores: CentralityScores, graph: TemporalGraph) -> String {
        var text = CSVField.row(["actor", "name"] + scores.measures.map(\.rawValue))
        for (node, label) in scores.labels.enumerated() {
            let name = graph.actor(id: label)?.name ?? label
            text += CSVField.row([label, name] + scores.measures.map { measure in
                scores.values[measure].map { "\($0[node])" } ?? ""
            })
        }
        return text
    }

    private func tableText(_ scores: CentralityScores, graph: TemporalGraph, compact: CompactGraph, span: DaySpan?,
                           summary: String) -> String {
        let when: String
        if let span { when = span.first == span.last ? " on \(span.first)" : " from \(span.first) to \(span.last)" } else { when = "" }
        var text = "# \(graph.title ?? file)\(when): \(compact.nodeCount) actors, \(compact.edgeCount) edges "
            + "(\(summary))\n"
        let order = CentralityTable.ranking(scores)
        let labelWidth = max(5, scores.labels.map(\.count).max() ?? 0)
        let columns = scores.measures.map { max(12, $0.rawValue.count) }
        text += "actor".padding(toLength: labelWidth, withPad: " ", startingAt: 0)
        for (measure, width) in zip(scores.measures, columns) { text += "  " + CentralityTable.leftPad(measure.rawValue, width) }
        text += "\n"
        for node in order {
            text += scores.labels[node].padding(toLength: labelWidth, withPad: " ", startingAt: 0)
            for (measure, width) in zip(scores.measures, columns) {
                let cell = scores.values[measure].map { CentralityTable.format($0[node]) } ?? "-"
                text += "  " + CentralityTable.leftPad(cell, width)
            }
            text += "\n"
        }
        for measure in scores.measures {
            if let failure = scores.failures[measure] { text += "# \(measure): \(failure)\n" }
        }
        return text
    }
}
