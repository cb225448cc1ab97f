import ActorGraph
import ActorGraphInterchange
import ArgumentParser
import Foundation

/// `actorgraph import-events FILE --format gdelt|icews -o OUT`: coded events as a relation graph.
struct ImportEventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-events",
        abstract: "Turn a GDELT 2.0 or ICEWS event file into a relation graph.",
        discussion: """
        CAMEO codes map to relation kinds (04x consults, 046 negotiates-with, 05x/06x cooperates-with,
        057 agrees-with, 07x supports, 11x criticizes, 12x-17x opposes, 18x-20x fights); --mapping adds to
        or overrides that table with a YAML file of "prefix": kind lines (null leaves a prefix unmapped).
        Events of the same two actors and kind at most --merge-gap apart join into one relation whose
        weight is its number of events. Unmapped codes are counted and reported. The file is streamed,
        so memory stays flat on files of gigabytes. The output format follows the extension of -o.
        """)

    @Argument(help: "The event file (tab-separated, unzipped).")
    var file: String

    @Option(help: "The file's layout: gdelt (GDELT 2.0 event export) or icews.")
    var format: EventFormat

    @Option(help: "A YAML file of CAMEO code prefixes and the relation kinds they become.")
    var mapping: String?

    // Unconditional: "-5d" is read as this option's value (and refused as negative), not as a flag.
    @Option(name: .customLong("merge-gap"), parsing: .unconditional,
            help: ArgumentHelp("Join events at most this far apart: Nd (days) or Nw (weeks), N from 0.", valueName: "gap"))
    var mergeGap = DayGap(days: 30)

    @Option(name: .customLong("min-mentions"), help: "Leave out GDELT events mentioned fewer times.")
    var minMentions = 0

    @Option(name: .customLong("max-citations"), help: "The most citations (source URLs, story ids) a relation keeps.")
    var maxCitations = 3

    @Option(name: .shortAndLong, help: "The graph file to write (.yaml, .json, .csv, .graphml, .gexf, .dot).")
    var output: String

    func validate() throws {
        guard GraphOutput.isWritable(output) else {
            throw ValidationError("--output: unknown format '\(output)'; expected " + GraphOutput.extensions.joined(separator: ", "))
        }
        if minMentions < 0 { throw ValidationError("--min-mentions must be 0 or more") }
        if maxCitations < 0 { throw ValidationError("--max-citations must be 0 or more") }
    }

    func run() throws {
        try InputProtection.check(outputs: InputProtection.graphFiles(output), inputs: [file] + (mapping.map { [$0] } ?? []))
        var table = CAMEOMapping.builtIn
        do {
            if let mapping { table = table.overridden(by: try CAMEOMapping.read(path: mapping)) }
        } catch {
            throw failure(error)
        }
        let options = EventImportOptions(format: format, mapping: table, mergeGapDays: mergeGap.days,
                                         minimumMentions: minMentions, maximumCitations: maxCitations)
        let progress = ProgressLine()
        let result: (graph: TemporalGraph, summary: EventImportSummary)
        do {
            result = try EventImporter.importEvents(path: file, options: options) { progress.show($0) }
        } catch {
            progress.finish()
            throw failure(error)
        }
        progress.finish()
        printError(Self.describe(result.summary, minimumMentions: minMentions))
        try GraphOutput.write(result.graph, to: output)
    }

    /// The summary line: what was made, and what was left out and why.
    static func describe(_ summary: EventImportSummary, minimumMentions: Int) -> String {
        var text = "imported \(summary.eventsUsed) of \(summary.eventsRead) events into \(summary.relations) relations "
            + "among \(summary.actors) actors"
        var leftOut: [String] = []
        if summary.unmappedEvents > 0 {
            let codes = summary.unmappedCodesByFrequency
            let shown = codes.prefix(10).map { "\($0.code) ×\($0.events)" }.joined(separator: ", ")
            leftOut.append("\(summary.unmappedEvents) with unmapped CAMEO codes (\(codes.count) code\(codes.count == 1 ? "" : "s"): \(shown)"
                + (codes.count > 10 ? ", ..." : "") + ")")
        }
        if summary.withoutTwoActors > 0 { leftOut.append("\(summary.withoutTwoActors) naming fewer than two actors") }
        if summary.sameActorOnBothSides > 0 { leftOut.append("\(summary.sameActorOnBothSides) with one actor on both sides") }
        if summary.belowMinimumMentions > 0 {
            leftOut.append("\(summary.belowMinimumMentions) with fewer than \(minimumMentions) mentions")
        }
        if !leftOut.isEmpty { text += "; left out: " + leftOut.joined(separator: "; ") }
        return text
    }
}

extension EventFormat: ExpressibleByArgument {}

/// A progress line on standard error: rewritten in place on a terminal, a line every few
/// seconds otherwise.
final class ProgressLine {
    private let isTerminal = isatty(STDERR_FILENO) != 0
    private var lastShown = Date.distantPast
    private var showing = false

    func show(_ progress: EventImporter.Progress) {
        let now = Date()
        guard now.timeIntervalSince(lastShown) >= (isTerminal ? 0.25 : 5) else { return }
        lastShown = now
        let text = "\(progress.lines) lines, \(progress.events) events, \(progress.relations) relations, "
            + "\(progress.unmapped) unmapped"
        if isTerminal {
            FileHandle.standardError.write(Data(("\r" + text + "\u{1B}[K").utf8))
            showing = true
        } else {
            printError(text)
        }
    }

    func finish() {
        if showing { FileHandle.standardError.write(Data("\n".utf8)) }
        showing = false
    }
}
