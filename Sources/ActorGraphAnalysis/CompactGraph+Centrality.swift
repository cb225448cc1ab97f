import ActorGraph

extension CompactGraph {
    /// Computes each measure in `measures` (HITS once for hubs and authorities). A measure that
    /// fails is reported in ``CentralityScores/failures`` rather than stopping the others; on a
    /// graph without nodes every measure is empty.
    public func centrality(_ measures: [CentralityMeasure], settings: CentralitySettings = CentralitySettings())
        -> CentralityScores {
        var values: [CentralityMeasure: [Double]] = [:]
        var failures: [CentralityMeasure: CentralityError] = [:]
        var hits: (hubs: [Double], authorities: [Double])?
        let normalized = !settings.raw
        for measure in measures {
            if nodeCount == 0 { values[measure] = []; continue }
            do throws(CentralityError) {
                switch measure {
                case .degree: values[measure] = degreeCentrality(normalized: normalized)
                case .inDegree: values[measure] = inDegreeCentrality(normalized: normalized)
                case .outDegree: values[measure] = outDegreeCentrality(normalized: normalized)
                case .strength: values[measure] = strength()
                case .betweenness:
                    values[measure] = try betweennessCentrality(normalized: normalized, threadCount: settings.threadCount)
                case .closeness:
                    values[measure] = try closenessCentrality(wassermanFaust: normalized, threadCount: settings.threadCount)
                case .harmonic: values[measure] = try harmonicCentrality(threadCount: settings.threadCount)
                case .eigenvector:
                    values[measure] = try eigenvectorCentrality(maxIterations: settings.maxIterations ?? 100,
                                                                tolerance: settings.tolerance ?? 1e-6)
                case .pagerank:
                    values[measure] = try pageRank(alpha: settings.pageRankAlpha, maxIterations: settings.maxIterations ?? 100,
                                                   tolerance: settings.tolerance ?? 1e-6)
                case .katz:
                    values[measure] = try katzCentrality(alpha: settings.katzAlpha, maxIterations: settings.maxIterations ?? 1000,
                                                         tolerance: settings.tolerance ?? 1e-6, normalized: normalized)
                case .hubs, .authorities:
                    if hits == nil {
                        hits = try self.hits(maxIterations: settings.maxIterations ?? 1000,
                                             tolerance: settings.tolerance ?? 1e-8, normalized: normalized)
                    }
                    values[measure] = measure == .hubs ? hits?.hubs : hits?.authorities
                case .constraint: values[measure] = constraint()
                case .effectiveSize: values[measure] = effectiveSize()
                }
            } catch {
                failures[measure] = error
                if measure == .hubs || measure == .authorities {
                    for other in [CentralityMeasure.hubs, .authorities] where measures.contains(other) { failures[other] = error }
                }
            }
        }
        return CentralityScores(measures: measures, labels: labels, values: values, failures: failures)
    }
}
