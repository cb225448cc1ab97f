import ActorGraph
import ActorGraphAnalysis
import ArgumentParser
import Foundation

/// `actorgraph communities FILE`: blocs by Leiden modularity optimization.
struct CommunitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "communities",
        abstract: "Communities (blocs) by the Leiden algorithm, maximizing modularity.",
        discussion: """
        Relations are undirected edges; parallel ones add their weights (--weight). Every \
        community is connected; a seed always gives the same communities. The modularity \
        reported is NetworkX's modularity of the partition at the resolution given.
        """)

    enum Format: String, OutputFormat {
        case table, csv, json

        static let standard = Format.table
    }

    @OptionGroup var input: GraphSelectionOptions

    @Option(help: ArgumentHelp(
        "Edge weight: none, count (parallel relations), goldstein (|Goldstein| of the kind) or weight (the relation's weight, 1 when absent).",
        valueName: "weight"))
    var weight: CompactGraphOptions.Weighting = .none

    @Option(help: "Resolution γ: above 1 favours more, smaller communities; below 1 fewer, larger ones.")
    var resolution: Double = 1

    @Option(help: "Seed of the random node orders.")
    var seed: UInt64 = 0

    @Option(help: "Independent Leiden runs; the partition of highest modularity is kept (default: 120,000 / (actors + edges), between 1 and 100).")
    var runs: Int?

    @OptionGroup var destination: OutputOptions<Format>

    func validate() throws {
        if !(resolution >= 0 && resolution.isFinite) { throw ValidationError("--resolution must be a number of 0 or more") }
        if let runs, !(1...10_000).contains(runs) { throw ValidationError("--runs must be between 1 and 10000") }
    }

    func run() throws {
        let selected = try input.load(writingTo: destination.output)
        let (graph, span, snapshot) = (selected.graph, selected.span, selected.snapshot())
        let compact = CompactGraph(snapshot: snapshot, options: CompactGraphOptions(direction: .undirected, weighting: weight))
        if compact.isWeighted, compact.outWeights.contains(where: { !($0 >= 0 && $0.isFinite) }) {
            throw UsageError("--weight \(weight.rawValue): modularity needs weights of 0 or more")
        }
        let communities = compact.leidenCommunities(resolution: resolution, seed: seed, runs: runs)
        let groups = communities.groups.map { $0.map { compact.labels[$0] } }
        switch destination.format {
        case .json:
            var members = SpanText.jsonMembers(span)
            members.append(("communities", .array(groups.map { .array($0.map(JSONValue.string)) })))
            members.append(("modularity", .number(communities.modularity)))
            members.append(("resolution", .number(resolution)))
            try emit(JSONValue.object(members).serialized(pretty: true) + "\n", to: destination.output)
        case .csv:
            var text = CSVField.row(["actor", "name", "community"])
            for (node, label) in compact.labels.enumerated() {
                text += CSVField.row([label, graph.actor(id: label)?.name ?? label, "\(communities.membership[node] + 1)"])
            }
            try emit(text, to: destination.output)
        case .table:
            var text = "# \(graph.title ?? input.file)\(SpanText.phrase(span)): \(groups.count) communities of \(compact.nodeCount) actors, "
                + "modularity \(String(format: "%.6f", communities.modularity))"
                + (resolution == 1 ? "" : " at resolution \(resolution)") + "\n"
            for (index, group) in groups.enumerated() {
                text += "\(index + 1)  " + group.map { graph.actor(id: $0)?.name ?? $0 }.joined(separator: ", ") + "\n"
            }
            try emit(text, to: destination.output)
        }
    }
}
