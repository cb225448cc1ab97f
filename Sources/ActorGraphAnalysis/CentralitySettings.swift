/// Parameters shared by every measure: NetworkX's defaults unless changed.
public struct CentralitySettings: Hashable, Sendable {
    /// Turn NetworkX's default normalization off: degrees as counts, betweenness as pair counts,
    /// closeness without the Wasserman–Faust correction, Katz and HITS unscaled. Harmonic,
    /// strength, eigenvector, PageRank, constraint and effective size have no normalization to
    /// turn off.
    public var raw = false
    /// PageRank's damping factor.
    public var pageRankAlpha = 0.85
    /// Katz's attenuation factor.
    public var katzAlpha = 0.1
    /// The tolerance of the iterative measures; nil for each measure's NetworkX default.
    public var tolerance: Double?
    /// The iteration limit of the iterative measures; nil for each measure's NetworkX default.
    public var maxIterations: Int?
    /// Threads for the path measures; nil for every core.
    public var threadCount: Int?

    /// NetworkX's defaults.
    public init() {}
}
