import ActorGraph
import ActorGraphInterchange
import ActorGraphStore
import ArgumentParser

/// `FILE` and the reading options (`--vagueness`, the limits): the graph a command reads, and how it reads it.
struct GraphFileOptions: ParsableArguments {
    @Argument(help: "The graph file (YAML, JSON, CSV, GraphML, GEXF or an SQLite store).")
    var file: String

    @OptionGroup var reading: ReadingOptions

    /// Loads the graph from any format ActorGraph reads (YAML, JSON, CSV, GraphML, GEXF, an
    /// SQLite store), printing what the reader left aside as warnings, and every diagnostic
    /// (at most 200, then a count) on failure.
    ///
    /// `activeDuring` names the only days the command looks at: from a store, only the
    /// relations active on them are read (the whole graph when vague words are given other
    /// durations, since the stored days were solved with the store's own), with the actors
    /// `naming` asks for.
    func load(activeDuring spans: [DaySpan]? = nil, naming actors: Set<String> = []) throws -> TemporalGraph {
        let vagueness = reading.vagueness
        do throws(LoadError) {
            if GraphStore.isStorePath(file) {
                if let spans, vagueness == nil { return try GraphStore.load(path: file, activeDuring: spans, actors: actors) }
                return try GraphStore.load(path: file, vagueness: vagueness)
            }
            if InterchangeFormat(path: file) == nil {
                throw LoadError([Diagnostic(file: file, line: 1, column: 1, message: "cannot read this kind of file; expected "
                    + (InterchangeFormat.extensions + [".sqlite"]).joined(separator: ", "))])
            }
            let loaded = try InterchangeLoader.load(path: file, vagueness: vagueness, limits: reading.limits)
            for warning in loaded.warnings.prefix(50) { printError(warning.description) }
            if loaded.warnings.count > 50 { printError("\(loaded.warnings.count - 50) more warnings not shown") }
            return loaded.graph
        } catch {
            throw failure(error)
        }
    }
}
