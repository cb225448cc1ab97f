import ActorGraph
import ActorGraphAnalysis
import ArgumentParser
import ActorGraphGraphviz

/// `actorgraph report FILE`: who held influence at each of a sequence of dates, and what changed.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write an influence report: scores and ranks per date, risers and fallers, brokers, and the relations that began and ended.",
        discussion: """
        Give the dates with --dates D1,D2,... or with --from DATE --to DATE --every STEP, where STEP is Nd, Nw, Nm \
        (every N days, weeks or months) or 'changes' (the first day and every day the active relations change). \
        Reports read every relation as an undirected edge unless --directed: brokerage is about who connects whom, \
        whichever way a relation points.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case md, csv, json, html
    }

    @Argument(help: "The graph file (YAML, JSON or CSV).")
    var file: String

    @Option(help: ArgumentHelp("Comma-separated dates to report on.", valueName: "dates"))
    var dates: String?

    @Option(help: "First day of the date sequence.")
    var from: String?

    @Option(help: "Last day of the date sequence.")
    var to: String?

    @Option(help: ArgumentHelp("Step of the date sequence: Nd, Nw, Nm or changes.", valueName: "step"))
    var every: String?

    @OptionGroup var selection: RelationSelectionOptions
    @OptionGroup var analysis: AnalysisOptions

    @Option(help: "How many actors each ranking, list of movers and chart shows.")
    var top: Int = 5

    @Option(help: "Output format: md, csv, json or html.")
    var format: Format = .md

    @Flag(name: .customLong("no-diagrams"),
          help: "Leave the diagram of each date (nodes sized by betweenness) out of the HTML report.")
    var noDiagrams = false

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func validate() throws {
        try analysis.validateParameters()
        _ = try analysis.measureList(defaults: InfluenceReport.defaultMeasures)
        if top < 1 { throw ValidationError("--top must be at least 1") }
        if dates != nil {
            if from != nil || to != nil || every != nil { throw ValidationError("give either --dates or --from/--to/--every, not both") }
        } else {
            guard from != nil, to != nil, let every else { throw ValidationError("give --dates D1,D2,... or --from DATE --to DATE --every STEP") }
            if DateStep(every) == nil { throw ValidationError("--every: expected Nd, Nw, Nm or changes, not '\(every)'") }
        }
    }

    func run() throws {
        let graph = try loadGraph(file)
        let days = try reportDays(in: graph)
        if days.isEmpty { throw ValidationError("the date sequence is empty") }
        let measures = try analysis.measureList(defaults: InfluenceReport.defaultMeasures)
        let options = InfluenceReport.Options(
            measures: measures, graphOptions: analysis.graphOptions(undirectedByDefault: true), settings: analysis.settings,
            certainty: selection.certainty, filter: try selection.filter(for: graph), top: top,
            settingsSummary: analysis.summary(undirectedByDefault: true))
        let report = InfluenceReport(graph: graph, days: days, options: options)
        for period in report.periods {
            for measure in measures {
                if case let .invalidArgument(message)? = period.scores.failures[measure] { throw UsageError(message) }
            }
        }
        switch format {
        case .md: try emit(report.markdown(), to: output)
        case .csv: try emit(report.csvText(), to: output)
        case .json: try emit(report.jsonValue().serialized(pretty: true) + "\n", to: output)
        case .html:
            let filter = try selection.filter(for: graph)
            let diagrams = noDiagrams ? [:] : ReportDiagrams.sizeMeasure(of: measures).map {
                ReportDiagrams.svgByDay(report, certainty: selection.certainty, filter: filter, sizeMeasure: $0)
            } ?? [:]
            try emit(report.html(diagram: diagrams.isEmpty ? nil : { diagrams[$0.day] }), to: output)
        }
    }

    private func reportDays(in graph: TemporalGraph) throws -> [Day] {
        if let dates {
            return try dates.split(separator: ",").map { text in
                let trimmed = text.trimmingCharacters(in: .whitespaces)
                return try parseDate(trimmed, option: "--dates").earliestDay
            }
        }
        guard let from, let to, let every, let step = DateStep(every) else { return [] }
        let first = try parseDate(from, option: "--from").earliestDay
        let last = try parseDate(to, option: "--to").latestDay
        if last < first { throw ValidationError("--to \(to) is before --from \(from)") }
        let days = graph.days(from: first, to: last, every: step, certainty: selection.certainty)
        if days.count > 5_000 { throw ValidationError("the date sequence has \(days.count) dates; at most 5000") }
        return days
    }
}
