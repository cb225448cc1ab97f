import ActorGraph
import ArgumentParser

/// `actorgraph dates FILE [--relation ID]`: every date that is not a plain day, solved and
/// explained.
struct DatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dates",
        abstract: "Explain every date that is not a plain day: the text, the solved earliest and latest days, and the constraints that fix each.",
        discussion: """
        For each relation whose start, end or end of secrecy is not one exact day, prints the date as written, \
        its earliest and latest day once every relative date is solved, and for each bound the chain of \
        constraints that fixes it, with their lines. The vocabulary of vague words used is printed first.
        """)

    @OptionGroup var input: GraphFileOptions

    @Option(help: "Explain only this relation (all of its dates, plain days included).")
    var relation: String?

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func run() throws {
        try InputProtection.check(output: output, graph: input.file)
        let graph = try input.load()
        if let relation, !graph.relations.contains(where: { $0.id == relation }) {
            throw ValidationError("--relation: no relation '\(relation)' in \(input.file)")
        }
        var text = "vague words: \(graph.vagueness)\n"
        for explanation in graph.dateExplanations(relationID: relation) {
            text += "\n" + explanation.lines.joined(separator: "\n") + "\n"
        }
        try emit(text, to: output)
    }
}
