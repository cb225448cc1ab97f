import ActorGraph
import ActorGraphGraphviz
import ArgumentParser
import Foundation

/// `actorgraph timeline FILE --from DATE --to DATE --every STEP -o DIR`: frames that hold still.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Draw one diagram per date, every actor in the same place, and an index.html to play them.",
        discussion: """
        The union of all frames is laid out once and each frame drawn with those positions; actors without a \
        relation on a frame's date are faded. DIR/index.html works offline: a date slider, play and pause, and \
        the relations that start and end at each date with their notes and citations.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case svg, png
    }

    /// More frames than this is almost certainly a mistake in --every.
    static let maximumFrames = 2_000

    @OptionGroup var input: GraphSelectionOptions
    @OptionGroup var drawing: DiagramCommandOptions

    @Option(help: ArgumentHelp("Frame step: Nd, Nw, Nm (days, weeks, months) or 'changes' (every day something starts or ends).",
                               valueName: "step"))
    var every: DateStep

    @Option(help: "Image format of the frames: svg or png.")
    var format: Format = .svg

    @Option(name: .shortAndLong, help: "The directory to write the frames and index.html into (created if missing).")
    var output: String

    func validate() throws {
        if input.dates.at != nil { throw ValidationError("a timeline needs --from DATE --to DATE, not --at") }
        if input.dates.from == nil || input.dates.to == nil { throw ValidationError("give --from DATE --to DATE") }
    }

    func run() throws {
        // From the day before the first frame as well: what ended just before it shows as ended there.
        guard let first = try input.dates.span()?.first else { return }
        let dayBefore = first.advanced(by: -1)
        let selected = try input.load(writingTo: output, readingOnlyTheSpan: true,
                                      alsoDuring: [DaySpan(first: dayBefore, last: dayBefore)])
        guard let span = selected.span else { return }
        let (graph, filter) = (selected.graph, selected.filter)
        let days = graph.days(from: span.first, to: span.last, every: every, certainty: filter.certainty)
        if days.count > Self.maximumFrames {
            throw ValidationError("--every \(every) gives \(days.count) frames; at most \(Self.maximumFrames) (use a longer step)")
        }
        try makeDirectory(output)
        let timeline = Timeline(graph: graph, days: days, filter: filter,
                                options: drawing.diagramOptions)
        reportLayout(timeline.union, command: "timeline")
        do {
            let written = try TimelineWriter.write(timeline, format: RenderFormat(rawValue: format.rawValue), to: output)
            reportGraphvizWarnings(written.warnings)
            print("\(output): \(days.count) frames from \(days.first?.description ?? "-") to \(days.last?.description ?? "-"), index.html")
        } catch {
            printError(error.description)
            throw ExitCode.failure
        }
    }

    private func makeDirectory(_ path: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { return }
            printError("\(path): error: exists and is not a directory")
            throw ExitCode.failure
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            printError("\(path): error: cannot create directory: \(error.localizedDescription)")
            throw ExitCode.failure
        }
    }
}
