/// How a diagram groups its actors into Graphviz clusters (framed boxes).
///
/// Only the engines that draw clusters (`fdp`, `dot`) keep them; with the engine left to
/// size, a diagram with clusters is laid out by `fdp`.
public enum ActorClusters: String, Hashable, Sendable, CaseIterable {
    /// Each whole with everything that is part of it (the United States with the CIA, the
    /// US Army and the president), named after the whole.
    case partOf
}
