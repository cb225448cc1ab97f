import ActorGraph
import ActorGraphAnalysis
import ArgumentParser

/// `actorgraph balance FILE --at DATE`: structural balance of the friendly and hostile pairs.
struct BalanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "balance",
        abstract: "Structural balance: balanced and unbalanced triangles, the frustration index and the two camps.",
        discussion: """
        A pair's sign is the sign of the sum of the Goldstein weights of its relations active \
        then, whatever their direction: cooperative kinds count +, conflictual kinds -, neutral \
        kinds not at all; a pair summing to zero has no sign. The frustration index is the fewest \
        pairs that contradict a split into two camps (friends across, or enemies within): exact \
        by branch and bound within --search-limit steps, else the best split found and \
        "exact": false (an upper bound).
        """)

    enum Format: String, OutputFormat {
        case table, json

        static let standard = Format.table
    }

    @OptionGroup var input: GraphSelectionOptions

    @Option(name: .customLong("search-limit"), help: "Branch-and-bound steps before settling for the best split found.")
    var searchLimit: Int = 20_000_000

    @OptionGroup var destination: OutputOptions<Format>

    func validate() throws {
        if searchLimit < 1 { throw ValidationError("--search-limit must be at least 1") }
    }

    func run() throws {
        let selected = try input.load(writingTo: destination.output)
        let (graph, span, snapshot) = (selected.graph, selected.span, selected.snapshot())
        let balance = StructuralBalance(snapshot: snapshot, searchLimit: searchLimit)
        switch destination.format {
        case .json:
            var members = SpanText.jsonMembers(span)
            if case let .object(rest) = balance.jsonValue { members += rest }
            try emit(JSONValue.object(members).serialized(pretty: true) + "\n", to: destination.output)
        case .table:
            var text = "# \(graph.title ?? input.file)\(SpanText.phrase(span)): \(balance.pairCount) signed pairs\n"
            text += "balanced triangles    \(balance.balancedTriangles)\n"
            text += "unbalanced triangles  \(balance.unbalancedTriangles)\n"
            text += "frustration           \(balance.frustration)\(balance.isExact ? "" : " (upper bound: search cut short)")\n"
            for (index, side) in balance.sides.enumerated() {
                text += "camp \(index + 1)  " + side.map { graph.actor(id: $0)?.name ?? $0 }.joined(separator: ", ") + "\n"
            }
            try emit(text, to: destination.output)
        }
    }
}
