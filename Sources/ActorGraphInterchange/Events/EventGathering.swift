import ActorGraph
import Foundation

/// An import that can go on: the events of the files read so far joined into runs, with the
/// totals of what they held.
///
/// ``EventImporter`` reads files into one and makes its graph. A store keeps its actors
/// (``EventActorState``) and runs (``EventRunState``) beside the graph, and restores them
/// into a new one before it reads appended files: since runs join the same whatever order
/// and grouping their events come in, the graph is then the one an import of every file at
/// once gives.
package struct EventGathering {
    package let options: EventImportOptions
    private let kinds: EventKindVocabulary
    private let kindNumbers: [String: Int32]
    private var merger: EventMerger
    /// What the files read so far held, used and left out.
    package var summary = EventImportSummary()
    /// The inputs read so far, in order, as they were named.
    package var files: [String] = []

    package init(options: EventImportOptions) {
        self.options = options
        kinds = EventKindVocabulary(options: options)
        kindNumbers = Dictionary(uniqueKeysWithValues: kinds.ids.enumerated().map { ($1, Int32($0)) })
        merger = EventMerger(gap: options.mergeGapDays, maximumCitations: options.maximumCitations)
    }

    /// Reads the event files at `paths` (`-` is standard input), in order, into the runs;
    /// returns what these files alone held.
    package mutating func gather(paths: [String], progress: ((EventImporter.Progress) -> Void)? = nil) throws(LoadError)
        -> EventImportSummary {
        var added = EventImportSummary()
        try EventImporter.gather(paths: paths, options: options, into: &merger, summary: &added, progress: progress)
        summary.add(added)
        files += paths
        return added
    }

    /// Every actor gathered, in the order they first appeared.
    package var actors: [EventActorState] { merger.actorStates() }

    /// Hands each run to `body`, leaving it in place.
    package func forEachRun(_ body: (EventRunState) throws -> Void) rethrows {
        try merger.forEachRun(kindIDs: kinds.ids, body)
    }

    /// Adds an actor an earlier import kept; actors come before the runs that name them.
    package mutating func restore(_ actor: EventActorState) {
        merger.restore(actor)
    }

    /// Adds a run an earlier import kept. Returns false, adding nothing, when its kind is not
    /// one the options' mapping makes or an actor of it was not restored.
    package mutating func restore(_ run: EventRunState) -> Bool {
        guard let kind = kindNumbers[run.kind] else { return false }
        return merger.restore(run, kind: kind)
    }

    /// The graph of every run, completing ``summary``. The runs are freed as relations are
    /// made: nothing more can be gathered or read afterwards.
    package mutating func makeGraph() throws(LoadError) -> TemporalGraph {
        let title = "\(options.format.displayName) events from "
            + (files.count == 1 ? (files[0] == "-" ? "standard input" : (files[0] as NSString).lastPathComponent)
                                : "\(files.count) files")
        do {
            return try merger.makeGraph(options: options, title: title, summary: &summary)
        } catch {
            throw LoadError(error.problems.map { Diagnostic(file: files.first ?? "-", line: 1, column: 1, message: $0.description) })
        }
    }
}
