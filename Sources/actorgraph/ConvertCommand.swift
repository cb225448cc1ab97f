import ActorGraph
import ActorGraphInterchange
import ArgumentParser

/// `actorgraph convert IN -o OUT [--at DATE | --from DATE --to DATE]`: a graph in another format.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a graph between formats, whole or as a snapshot.",
        discussion: """
        Formats go by extension. Read: .yaml .yml .json .csv .graphml .gexf; written: those, and .dot
        (the relationship diagram, as render draws it).
        YAML, JSON, GraphML and GEXF keep everything (load -> save -> load gives the same graph).
        GEXF is dynamic (Gephi's timeline): each relation's spell runs from the first day its start
        may stand for to the last day its end may stand for. CSV writes the edge list OUT.csv with
        OUT.nodes.csv and OUT.kinds.csv beside it (nodes.csv and kinds.csv beside edges.csv).
        """)

    @OptionGroup var input: GraphSelectionOptions

    @Option(name: .shortAndLong, help: "The file to write; its extension names the format.")
    var output: String

    @Flag(name: .customLong("mixed-edges"),
          help: "In GraphML and GEXF, write symmetric relations as undirected edges of a directed graph (Gephi, yEd). NetworkX refuses such files.")
    var mixedEdges = false

    @Flag(help: "Allow -o to name the input file, replacing it with the converted graph (atomically). Not with a date or relation selection.")
    var overwrite = false

    func validate() throws {
        guard GraphOutput.isWritable(output) else {
            throw ValidationError("--output: unknown format '\(output)'; expected " + GraphOutput.extensions.joined(separator: ", "))
        }
    }

    func run() throws {
        let span = try input.dates.span()
        let selects = span != nil || input.selection.selectsSomething
        try InputProtection.check(outputs: InputProtection.graphFiles(output), inputs: InputProtection.graphFiles(input.file),
                                  overwrite: selects ? "a selection would replace the whole graph with part of it; write it elsewhere"
                                      : "give --overwrite to replace it",
                                  allowed: overwrite && !selects)
        var graph = try input.graphFile.load()
        let filter = try input.selection.filter(for: graph)
        var snapshot: Snapshot?
        if span != nil || !filter.keepsEveryKind || filter.certainty == .certainly {
            let selected = span.map { graph.snapshot(over: $0, filter: filter) } ?? graph.wholeGraph(filter: filter)
            graph = graph.restricted(to: selected)
            snapshot = selected
        }
        try GraphOutput.write(graph, snapshot: snapshot, to: output, edgeDirections: mixedEdges ? .mixed : .uniform)
    }
}
