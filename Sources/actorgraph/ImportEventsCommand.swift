import ActorGraph
import ActorGraphInterchange
import ActorGraphStore
import ArgumentParser
import Foundation

/// `actorgraph import-events FILES --format gdelt|icews|acled -o OUT` (or `--append STORE`): coded
/// events as a relation graph.
struct ImportEventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-events",
        abstract: "Turn GDELT (2.0 or 1.0), ICEWS or ACLED event files into a relation graph.",
        discussion: """
        CAMEO codes map to relation kinds (04x consults, 046 negotiates-with, 05x/06x cooperates-with,
        057 agrees-with, 07x supports, 11x criticizes, 12x-17x opposes, 18x-20x fights); --mapping adds to
        or overrides that table with a YAML file of "prefix": kind lines (null leaves a prefix unmapped).
        Events of the same two actors and kind at most --merge-gap apart join into one relation whose
        weight is its number of events. Unmapped codes are counted and reported. Files may be plain,
        gzipped (.gz) or zipped (.zip, every entry read), several at once (a quoted glob is expanded),
        or - for standard input; several files give what their concatenation gives. ACLED exports map
        event types to kinds (Battles fights, Explosions/Remote violence and Violence against civilians
        attacks, Riots and Protests clashes-with, Strategic developments: Agreement agrees-with, ...);
        --mapping overrides them; a relation's weight is its events plus their fatalities. Files are read in
        chunks on --threads threads; the graph is the same for any number. The output format follows
        the extension of -o. --emit-sql duckdb|spark reads no files: it prints the same aggregation of
        GDELT events as one SQL query over the table --sql-table names (GDELT 2.0 column names), whose
        result written as CSV every command reads. Into a .sqlite store, the import keeps its runs, so that
        --append STORE adds later files: a run whose last day lies within the merge gap of an appended
        event goes on, and the store equals one import of all the files. An append takes the options the
        store was imported with (else it is refused) and, like an import, is one transaction.
        """)

    @Argument(help: "The event files: plain, .gz or .zip; a glob; - for standard input.")
    var files: [String] = []

    @Option(help: "The files' layout: gdelt (GDELT 2.0 export or 1.0 daily file, told apart by their columns), icews or acled.")
    var format: EventFormat

    @Option(help: "A YAML file of CAMEO code prefixes (ACLED: event types) and the relation kinds they become.")
    var mapping: String?

    // Unconditional: "-5d" is read as this option's value (and refused as negative), not as a flag.
    @Option(name: .customLong("merge-gap"), parsing: .unconditional,
            help: ArgumentHelp("Join events at most this far apart: Nd (days) or Nw (weeks), N from 0.", valueName: "gap"))
    var mergeGap = DayGap(days: 30)

    @Option(name: .customLong("min-mentions"), help: "Leave out GDELT events mentioned fewer times.")
    var minMentions = 0

    @Option(name: .customLong("max-citations"), help: "The most citations (source URLs, story ids) a relation keeps.")
    var maxCitations = 3

    @Option(help: "Threads that read the files (the graph is the same for any number).")
    var threads = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "No progress line and no summary on standard error.")
    var quiet = false

    @Option(name: .shortAndLong,
            help: "The graph file to write (.yaml, .json, .csv, .graphml, .gexf, .dot); with --emit-sql, the query's file.")
    var output: String?

    @Option(help: ArgumentHelp("Add the files to this store, made by import-events -o with the same options: runs go on across the boundary.",
                               valueName: "store"))
    var append: String?

    @Option(name: .customLong("emit-sql"),
            help: ArgumentHelp("Print the aggregation as an SQL query for this engine (duckdb or spark) instead of importing.",
                               valueName: "engine"))
    var emitSQL: SQLDialect?

    @Option(name: .customLong("sql-table"), help: "The table or view of GDELT events the emitted query reads.",
            transform: { text in
                guard let name = SQLTableName(text) else {
                    throw ValidationError("'\(text)' is not a table name; expected words of letters, digits and _ "
                        + "joined by dots, like events or gdelt.events")
                }
                return name
            })
    var sqlTable = SQLTableName("events")!

    @Option(name: .customLong("sql-result"),
            help: "What the emitted query gives: relations (the CSV edge list) or kinds (the kind table a mapping file adds).")
    var sqlResult = EventAggregationSQL.Result.relations

    func validate() throws {
        if minMentions < 0 { throw ValidationError("--min-mentions must be 0 or more") }
        if maxCitations < 0 { throw ValidationError("--max-citations must be 0 or more") }
        if emitSQL != nil {
            if !files.isEmpty { throw ValidationError("--emit-sql reads no event files; its query reads the table --sql-table names") }
            if append != nil { throw ValidationError("--emit-sql writes a query, not a store; --append takes no --emit-sql") }
            if format != .gdelt { throw ValidationError("--emit-sql writes the aggregation of GDELT events; use --format gdelt") }
            return
        }
        if files.isEmpty { throw ValidationError("give the event files to import (or --emit-sql duckdb|spark)") }
        if let append {
            if output != nil { throw ValidationError("--append writes into its store; give -o or --append, not both") }
            guard GraphStore.isStorePath(append) else {
                throw ValidationError("--append: '\(append)' is not a store; expected a file ending in .sqlite")
            }
            return try validateThreads()
        }
        guard let output else { throw ValidationError("give the graph file to write with -o (or a store to add to with --append)") }
        guard GraphOutput.isWritable(output) else {
            throw ValidationError("--output: unknown format '\(output)'; expected " + GraphOutput.extensions.joined(separator: ", "))
        }
        try validateThreads()
    }

    private func validateThreads() throws {
        if !(1...256).contains(threads) { throw ValidationError("--threads must be from 1 to 256") }
    }

    func run() throws {
        if let emitSQL {
            let options = try importOptions()
            if let output { try InputProtection.check(outputs: [output], inputs: mapping.map { [$0] } ?? []) }
            let query = EventAggregationSQL(dialect: emitSQL, table: sqlTable, options: options)
            return try emit(query.query(sqlResult) + "\n", to: output)
        }
        let output = append ?? output ?? ""
        let inputs = try EventFileGlob.expand(files)
        try InputProtection.check(outputs: InputProtection.graphFiles(output),
                                  inputs: inputs.filter { $0 != "-" } + (mapping.map { [$0] } ?? []))
        let options = try importOptions()
        let progress = ProgressLine(enabled: !quiet)
        if GraphStore.isStorePath(output) {
            return try importIntoStore(inputs, options: options, store: output, progress: progress)
        }
        let result: (graph: TemporalGraph, summary: EventImportSummary)
        do {
            result = try EventImporter.importEvents(paths: inputs, options: options) { progress.show($0) }
        } catch {
            progress.finish()
            throw failure(error)
        }
        progress.finish()
        if !quiet { printError(Self.describe(result.summary, minimumMentions: minMentions, format: format)) }
        try GraphOutput.write(result.graph, to: output, quiet: quiet)
        // The graph is written and the process has nothing left to do: the system takes its
        // memory back at once, where freeing its relations one by one would cost about a
        // twentieth of the import.
        Foundation.exit(EXIT_SUCCESS)
    }

    /// Imports into the store (or appends to it, with --append), keeping what a later append needs.
    private func importIntoStore(_ inputs: [String], options: EventImportOptions, store: String,
                                 progress: ProgressLine) throws {
        let result: GraphStore.EventImportResult
        do {
            result = try GraphStore.importEvents(paths: inputs, options: options, mappingFile: mapping, into: store,
                                                 appending: append != nil) { progress.show($0) }
        } catch let error as LoadError {
            progress.finish()
            throw failure(error)
        } catch {
            progress.finish()
            printError("\(error)")
            throw ExitCode.failure
        }
        progress.finish()
        if quiet { return }
        var added = result.added
        added.relations = result.total.relations
        added.actors = result.total.actors
        printError(Self.describe(added, minimumMentions: minMentions, format: format, appended: append != nil))
        printError("wrote \(store): \(result.total.actors) actors, \(result.total.relations) relations")
    }

    /// The import's options: the built-in kind table with the mapping file's entries over it.
    private func importOptions() throws -> EventImportOptions {
        var table = CAMEOMapping.builtIn
        var eventTypes = ACLEDMapping.builtIn
        do {
            if let mapping, format == .acled { eventTypes = eventTypes.overridden(by: try ACLEDMapping.read(path: mapping)) }
            if let mapping, format != .acled { table = table.overridden(by: try CAMEOMapping.read(path: mapping)) }
        } catch {
            throw failure(error)
        }
        var options = EventImportOptions(format: format, mapping: table, mergeGapDays: mergeGap.days,
                                         minimumMentions: minMentions, maximumCitations: maxCitations, threads: threads)
        options.eventTypeMapping = eventTypes
        return options
    }

    /// The summary line: what was made, and what was left out and why.
    /// `appended`: the relations and actors are those of the store the events were added to.
    static func describe(_ summary: EventImportSummary, minimumMentions: Int, format: EventFormat = .gdelt,
                         appended: Bool = false) -> String {
        var text = appended
            ? "appended \(summary.eventsUsed) of \(summary.eventsRead) events; the store holds \(summary.relations) relations "
                + "among \(summary.actors) actors"
            : "imported \(summary.eventsUsed) of \(summary.eventsRead) events into \(summary.relations) relations "
                + "among \(summary.actors) actors"
        var leftOut: [String] = []
        if summary.unmappedEvents > 0 {
            let codes = summary.unmappedCodesByFrequency
            let shown = codes.prefix(10).map { "\($0.code) ×\($0.events)" }.joined(separator: ", ")
            let what = format == .acled ? "event type" : "CAMEO code"
            leftOut.append("\(summary.unmappedEvents) with unmapped \(what)s (\(codes.count) \(format == .acled ? "type" : "code")"
                + "\(codes.count == 1 ? "" : "s"): \(shown)"
                + (codes.count > 10 ? ", ..." : "") + ")")
        }
        if summary.withoutTwoActors > 0 {
            leftOut.append("\(summary.withoutTwoActors) " + (format == .acled ? "one-sided (no actor2)" : "naming fewer than two actors"))
        }
        if summary.sameActorOnBothSides > 0 { leftOut.append("\(summary.sameActorOnBothSides) with one actor on both sides") }
        if summary.belowMinimumMentions > 0 {
            leftOut.append("\(summary.belowMinimumMentions) with fewer than \(minimumMentions) mentions")
        }
        if !leftOut.isEmpty { text += "; left out: " + leftOut.joined(separator: "; ") }
        return text
    }
}

extension EventFormat: ExpressibleByArgument {}
extension SQLDialect: ExpressibleByArgument {}
extension EventAggregationSQL.Result: ExpressibleByArgument {}

/// Paths given to `import-events`, with globs the shell left alone (quoted, or matching
/// nothing) expanded in sorted order.
enum EventFileGlob {
    static func expand(_ patterns: [String]) throws -> [String] {
        var paths: [String] = []
        for pattern in patterns {
            guard pattern != "-", pattern.contains(where: { "*?[".contains($0) }), !FileManager.default.fileExists(atPath: pattern)
            else {
                paths.append(pattern)
                continue
            }
            var matches = glob_t()
            defer { globfree(&matches) }
            guard glob(pattern, 0, nil, &matches) == 0 else {
                printError("\(pattern): error: no file matches this pattern")
                throw ExitCode.failure
            }
            for index in 0..<Int(matches.gl_pathc) {
                if let path = matches.gl_pathv[index] { paths.append(String(cString: path)) }
            }
        }
        return paths
    }
}

/// A progress line on standard error, rewritten in place, only when standard error is a
/// terminal: bytes read, events, relations, rate and the time left.
final class ProgressLine {
    private let enabled: Bool
    private let started = Date()
    private var lastShown = Date.distantPast
    private var showing = false

    init(enabled: Bool) {
        self.enabled = enabled && isatty(STDERR_FILENO) != 0
    }

    func show(_ progress: EventImporter.Progress) {
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(lastShown) >= 0.25 else { return }
        lastShown = now
        let elapsed = max(now.timeIntervalSince(started), 0.001)
        let rate = Double(progress.bytesRead) / elapsed
        var text = Self.megabytes(progress.bytesRead)
        if let total = progress.totalBytes, total > 0 {
            text += " of \(Self.megabytes(total)) (\(progress.bytesRead * 100 / total)%)"
        }
        text += ", \(progress.events) events, \(progress.relations) relations, \(Self.megabytes(Int(rate)))/s"
        if let total = progress.totalBytes, rate > 0 {
            text += ", \(Int((Double(max(total - progress.bytesRead, 0)) / rate).rounded(.up))) s left"
        }
        FileHandle.standardError.write(Data(("\r" + text + "\u{1B}[K").utf8))
        showing = true
    }

    private static func megabytes(_ bytes: Int) -> String {
        bytes < 10_000_000 ? String(format: "%.1f MB", Double(bytes) / 1e6) : "\(bytes / 1_000_000) MB"
    }

    func finish() {
        if showing { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        showing = false
    }
}
