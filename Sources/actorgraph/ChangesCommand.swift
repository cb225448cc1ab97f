import ActorGraph
import ArgumentParser

/// `actorgraph changes FILE`: every day on which the active relations change.
struct ChangesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "changes",
        abstract: "List the days on which the set of active relations changes, with what starts and ends.")

    @OptionGroup var input: GraphFileOptions

    @Flag(help: "Use the days relations are certainly active rather than possibly active.")
    var certain = false

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func run() throws {
        try InputProtection.check(output: output, graph: input.file)
        let graph = try input.load()
        var text = ""
        for change in graph.changes(certain ? .certainly : .possibly) {
            text += "\(change.day)\n"
            for position in change.started {
                text += "  + \(describe(graph.relations[Int(position)], in: graph))\n"
            }
            for position in change.ended {
                text += "  - \(describe(graph.relations[Int(position)], in: graph))\n"
            }
        }
        try emit(text, to: output)
    }

    private func describe(_ relation: Relation, in graph: TemporalGraph) -> String {
        let arrow = graph.kind(of: relation).directed ? "->" : "--"
        return "\(relation.source) \(arrow) \(relation.target) \(relation.kind) (\(relation.id))"
    }
}
