import ActorGraph
import ActorGraphInterchange
import ArgumentParser
import Foundation

/// Writes a line to standard error.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// A mistake in the command line itself, reported as `error: ...` with a non-zero exit.
struct UsageError: Error, CustomStringConvertible {
    let message: String
    init(_ message: String) { self.message = message }
    var description: String { message }
}

/// Prints load diagnostics to standard error and returns the exit status to throw.
func failure(_ error: LoadError) -> ExitCode {
    let shown = error.diagnostics.prefix(200)
    for diagnostic in shown { printError(diagnostic.description) }
    if error.diagnostics.count > shown.count {
        printError("\(error.diagnostics.count - shown.count) more errors not shown")
    }
    printError("\(error.diagnostics.count) error\(error.diagnostics.count == 1 ? "" : "s")")
    return ExitCode.failure
}

/// `--at DATE` or `--from DATE --to DATE`: the day or window a command looks at.
struct DateSelectionOptions: ParsableArguments {
    @Option(help: "The day to look at, an EDTF date (a month or year means the whole of it).")
    var at: PartialDate?

    @Option(help: "First day of a window, an EDTF date.")
    var from: PartialDate?

    @Option(help: "Last day of a window, an EDTF date.")
    var to: PartialDate?

    /// Fails unless `--at` or `--from`/`--to` was given (for commands that need a date).
    func requireDate() throws {
        if at == nil && from == nil && to == nil { throw ValidationError("give --at DATE or --from DATE --to DATE") }
    }

    /// The selected span, or nil when no date option was given.
    func span() throws -> DaySpan? {
        if let at {
            if from != nil || to != nil { throw ValidationError("give either --at or --from/--to, not both") }
            return DaySpan(at)
        }
        if from == nil && to == nil { return nil }
        guard let from, let to else { throw ValidationError("--from and --to go together") }
        if to.latestDay < from.earliestDay { throw ValidationError("--to \(to) is before --from \(from)") }
        return DaySpan(first: from.earliestDay, last: to.latestDay)
    }
}

/// `--kinds`, `--actor-kinds`, `--tone` and `--certain`: which relations a command keeps,
/// as the one ``RelationFilter`` it passes on.
struct RelationSelectionOptions: ParsableArguments {
    @Option(help: "Keep only these relation kinds (comma-separated).")
    var kinds: String?

    @Option(name: .customLong("actor-kinds"), help: "Keep only relations between actors of these kinds (comma-separated).")
    var actorKinds: String?

    @Option(help: "Relations by tone: cooperative, conflictual or all.")
    var tone: ToneChoice = .all

    @Flag(help: "Keep only relations certainly active (not merely possibly, given imprecise dates).")
    var certain = false

    /// The filter, after checking that every kind named exists in `graph`.
    func filter(for graph: TemporalGraph) throws -> RelationFilter {
        var filter = RelationFilter(certainty: certain ? .certainly : .possibly, tones: tone.tones)
        if let kinds {
            let names = Set(kinds.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
            let unknown = names.filter { graph.kinds[$0] == nil }.sorted()
            if !unknown.isEmpty {
                throw ValidationError("--kinds: unknown relation kind \(unknown.map { "'\($0)'" }.joined(separator: ", ")); "
                    + "known: \(graph.kinds.keys.joined(separator: ", "))")
            }
            filter.kinds = names
        }
        if let actorKinds {
            filter.actorKinds = Set(actorKinds.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
        }
        return filter
    }
}

/// `--tone`: which relations count by tone.
enum ToneChoice: String, ExpressibleByArgument, CaseIterable {
    case cooperative, conflictual, all

    var tones: Set<Tone>? {
        switch self {
        case .cooperative: return [.cooperative]
        case .conflictual: return [.conflictual]
        case .all: return nil
        }
    }
}

/// Writes command output to a file atomically, or to standard output when `path` is nil.
func emit(_ text: String, to path: String?) throws {
    guard let path else {
        FileHandle.standardOutput.write(Data(text.utf8))
        return
    }
    do {
        try AtomicFileWriter.write(text, to: path)
    } catch {
        printError(error.description)
        throw ExitCode.failure
    }
}
