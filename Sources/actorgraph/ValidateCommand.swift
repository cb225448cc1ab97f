import ActorGraph
import ArgumentParser

/// `actorgraph validate FILE`: loads and checks a graph.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Load and check a graph; print a one-line summary or every error.")

    @OptionGroup var input: GraphFileOptions

    func run() throws {
        let graph = try input.load()
        let span = graph.dateSpan.map { "\($0.first) to \($0.last)" } ?? "no dates"
        let title = graph.title.map { "\($0): " } ?? ""
        print("\(input.file): ok: \(title)\(graph.actors.count) actors, \(graph.relations.count) relations, \(span)")
    }
}
