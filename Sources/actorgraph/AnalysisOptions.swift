import ActorGraph
import ActorGraphAnalysis
import ArgumentParser

/// The options every centrality command shares: measures, how the graph is formed, and the
/// measures' parameters.
struct AnalysisOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Comma-separated measures: \(MeasureList.names).", valueName: "list"))
    var measures: MeasureList?

    @Option(help: ArgumentHelp(
        "Edge weight: none, count (parallel relations), goldstein (|Goldstein| of the kind) or weight (the relation's weight, 1 when absent). Path measures read weights as lengths, spectral ones as strengths.",
        valueName: "weight"))
    var weight: CompactGraphOptions.Weighting = .none

    @Flag(help: "Treat every relation as an undirected edge (the default of reports).")
    var undirected = false

    @Flag(help: "Keep directions: a directed kind gives one arc, a symmetric kind arcs both ways (the default of centrality).")
    var directed = false

    @Flag(name: .customLong("all-actors"), help: "Keep actors without a relation then as isolated nodes.")
    var allActors = false

    @Flag(help: "Turn NetworkX's default normalization off (degree counts, unnormalized betweenness, closeness without the Wasserman-Faust correction, unscaled Katz and HITS).")
    var raw = false

    @Option(help: "PageRank damping factor.")
    var alpha: Double = 0.85

    @Option(name: .customLong("katz-alpha"), help: "Katz attenuation factor.")
    var katzAlpha: Double = 0.1

    @Option(help: "Tolerance of the iterative measures (default: NetworkX's, 1e-6; 1e-8 for HITS).")
    var tolerance: Double?

    @Option(name: .customLong("max-iterations"), help: "Iteration limit of the iterative measures (default: NetworkX's).")
    var maxIterations: Int?

    /// The measures asked for, or `defaults`.
    func measureList(defaults: [CentralityMeasure]) -> [CentralityMeasure] {
        measures?.measures ?? defaults
    }

    func validateParameters() throws {
        if directed && undirected { throw ValidationError("give --directed or --undirected, not both") }
        if !(alpha > 0 && alpha < 1) { throw ValidationError("--alpha must lie strictly between 0 and 1") }
        if !(katzAlpha > 0 && katzAlpha.isFinite) { throw ValidationError("--katz-alpha must be a positive number") }
        if let tolerance, !(tolerance > 0 && tolerance.isFinite) { throw ValidationError("--tolerance must be a positive number") }
        if let maxIterations, maxIterations < 1 { throw ValidationError("--max-iterations must be at least 1") }
    }

    /// Whether the graph is undirected, given the command's default.
    func isUndirected(byDefault: Bool) -> Bool { undirected || (byDefault && !directed) }

    /// How snapshots collapse into graphs.
    func graphOptions(undirectedByDefault: Bool) -> CompactGraphOptions {
        CompactGraphOptions(direction: isUndirected(byDefault: undirectedByDefault) ? .undirected : .directed,
                            weighting: weight, includesIsolatedActors: allActors)
    }

    var settings: CentralitySettings {
        var settings = CentralitySettings()
        settings.raw = raw
        settings.pageRankAlpha = alpha
        settings.katzAlpha = katzAlpha
        settings.tolerance = tolerance
        settings.maxIterations = maxIterations
        return settings
    }
}
