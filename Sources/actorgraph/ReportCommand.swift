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

    enum Format: String, OutputFormat {
        case md, csv, json, html

        static let standard = Format.md
    }

    @OptionGroup var input: GraphFileOptions

    @Option(help: ArgumentHelp("Comma-separated EDTF dates to report on.", valueName: "dates"))
    var dates: DateList?

    @Option(help: "First day of the date sequence, an EDTF date.")
    var from: PartialDate?

    @Option(help: "Last day of the date sequence, an EDTF date.")
    var to: PartialDate?

    @Option(help: ArgumentHelp("Step of the date sequence: Nd, Nw, Nm or changes.", valueName: "step"))
    var every: DateStep?

    @OptionGroup var selection: RelationSelectionOptions
    @OptionGroup var analysis: AnalysisOptions

    @Option(help: "How many actors each ranking, list of movers and chart shows.")
    var top: Int = 5

    @Flag(help: "Count, for every actor, how many others it could have reached and certainly reached by each date, along relations in the order they held from the first date.")
    var reach = false

    @Option(name: .customLong("max-wait"), help: ArgumentHelp("With --reach: the longest stay at an actor on a path, in days (30d) or weeks (4w).", valueName: "Nd|Nw"))
    var maxWait: DayGap?

    @Flag(name: .customLong("no-diagrams"),
          help: "Leave the diagram of each date (nodes sized by betweenness) out of the HTML report.")
    var noDiagrams = false

    @OptionGroup var destination: OutputOptions<Format>

    func validate() throws {
        try analysis.validateParameters()
        if top < 1 { throw ValidationError("--top must be at least 1") }
        if maxWait != nil && !reach { throw ValidationError("--max-wait needs --reach") }
        if dates != nil {
            if from != nil || to != nil || every != nil { throw ValidationError("give either --dates or --from/--to/--every, not both") }
        } else {
            guard from != nil, to != nil, every != nil else {
                throw ValidationError("give --dates D1,D2,... or --from DATE --to DATE --every STEP")
            }
        }
    }

    func run() throws {
        try InputProtection.check(output: destination.output, graph: input.file)
        let graph = try input.load(activeDuring: reportWindow.map { [$0] })
        let filter = try selection.filter(for: graph)
        let days = try reportDays(in: graph, certainty: filter.certainty)
        if days.isEmpty { throw ValidationError("the date sequence is empty") }
        let measures = analysis.measureList(defaults: InfluenceReport.defaultMeasures)
        let options = InfluenceReport.Options(
            measures: measures, filter: filter, graphOptions: analysis.graphOptions(undirectedByDefault: true),
            settings: analysis.settings, top: top, countsReach: reach, reachMaxWait: maxWait?.days)
        let report = InfluenceReport(graph: graph, days: days, options: options)
        for period in report.periods {
            for measure in measures {
                if case let .invalidArgument(message)? = period.scores.failures[measure] { throw UsageError(message) }
            }
        }
        switch destination.format {
        case .md: try emit(report.markdown(), to: destination.output)
        case .csv: try emit(report.csvText(), to: destination.output)
        case .json: try emit(report.jsonText(), to: destination.output)
        case .html:
            let diagrams = noDiagrams ? nil : diagramsByDay(report)
            try emit(report.html(diagram: diagrams.map { svgs in { svgs[$0.day] } }), to: destination.output)
        }
    }

    /// Each date's diagram, every actor in one place, nodes sized by the report's scores; nil
    /// when Graphviz fails (the report is then written without them, with a warning).
    private func diagramsByDay(_ report: InfluenceReport) -> [Day: String]? {
        guard let measure = report.diagramMeasure else { return nil }
        let days = report.periods.map(\.day)
        let timeline = Timeline.sizedByScores(graph: report.graph, days: days, filter: report.options.filter,
                                              frameScores: report.frameScores(measure), scoreName: measure.title.lowercased())
        do {
            return Dictionary(uniqueKeysWithValues: zip(days, try timeline.inlineSVGFrames()))
        } catch {
            printError("warning: the report is written without diagrams: \(error)")
            return nil
        }
    }

    /// The days the report's relations may be active on: from the day before its first date
    /// (what ended just before it counts as ended there) to its last date, every relation
    /// between two dates included (those that began and ended between them are listed).
    private var reportWindow: DaySpan? {
        let bounds: [PartialDate] = dates?.dates ?? [from, to].compactMap { $0 }
        guard let first = bounds.map(\.earliestDay).min(), let last = bounds.map(\.latestDay).max(), first <= last else {
            return nil
        }
        return DaySpan(first: first.advanced(by: -1), last: last)
    }

    private func reportDays(in graph: TemporalGraph, certainty: Certainty) throws -> [Day] {
        if let dates {
            if dates.dates.count > 5_000 { throw ValidationError("--dates gives \(dates.dates.count) dates; at most 5000") }
            return dates.dates.map(\.earliestDay)
        }
        guard let from, let to, let every else { return [] }
        if to.latestDay < from.earliestDay { throw ValidationError("--to \(to) is before --from \(from)") }
        let days = graph.days(from: from.earliestDay, to: to.latestDay, every: every, certainty: certainty)
        if days.count > 5_000 { throw ValidationError("the date sequence has \(days.count) dates; at most 5000") }
        return days
    }
}
