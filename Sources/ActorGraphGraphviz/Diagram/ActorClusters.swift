/// How a diagram groups its actors into Graphviz clusters (framed boxes).
///
/// Only the engines that draw clusters (`fdp`, `dot`) keep them; with the engine left to
/// size, a diagram with clusters is laid out by `fdp`.
public enum ActorClusters: Hashable, Sendable {
    /// Each whole with everything that is part of it (the United States with the CIA, the
    /// US Army and the president), named after the whole.
    case partOf
    /// The actors of each `group` (an actor without one takes the group of the actor it is
    /// part of; one without either stays outside every frame), named after the group.
    case group
    /// Given blocs: each actor id with the name of its bloc (the day's communities, say);
    /// a bloc of one actor, and an actor without a bloc, stay outside every frame.
    case blocs([String: String])
}
