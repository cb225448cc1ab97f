import ActorGraph
import ArgumentParser

/// `FILE`, `--vagueness`, `--at`/`--from`/`--to` and the relation selection: the graph a
/// command looks at and what it selects from it.
struct GraphSelectionOptions: ParsableArguments {
    @OptionGroup var graphFile: GraphFileOptions
    @OptionGroup var dates: DateSelectionOptions
    @OptionGroup var selection: RelationSelectionOptions

    /// The graph file's path.
    var file: String { graphFile.file }

    /// Refuses an `output` that is one of the graph's own files before anything is read, then
    /// loads the graph and checks the date and selection options against it.
    ///
    /// With `readingOnlyTheSpan`, a store gives only the relations active on the span (and on
    /// the days `alsoDuring` names) with the actors `naming` asks for; without a span, or
    /// without the flag, the whole graph is read.
    func load(writingTo output: String?, readingOnlyTheSpan: Bool = false, alsoDuring otherSpans: [DaySpan] = [],
              naming actors: Set<String> = []) throws -> SelectedGraph {
        try InputProtection.check(output: output, graph: file)
        let span = try dates.span()
        let read = readingOnlyTheSpan ? span.map { [$0] + otherSpans } : nil
        let graph = try graphFile.load(activeDuring: read, naming: actors)
        return SelectedGraph(graph: graph, span: span, filter: try selection.filter(for: graph))
    }
}
