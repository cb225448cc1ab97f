/// A graph in compressed sparse row (CSR) form: nodes are `Int32` numbers `0..<nodeCount`,
/// each node's arcs lie side by side in flat arrays. It is what every centrality measure runs on.
///
/// The graph is *simple*, as NetworkX's `Graph` and `DiGraph` are: between two nodes there is
/// at most one edge (one arc each way in a directed graph), so parallel edges given to a
/// builder are merged into one. A weighted graph gives the merged edge the **sum** of their
/// weights (so weight `count` is the number of relations merged); an unweighted one keeps
/// weight 1. Self-loops are kept, as NetworkX keeps them.
///
/// Storage follows NetworkX's adjacency:
/// - A directed graph stores its out-arcs (``outOffsets``, ``outTargets``, ``outWeights``) and,
///   sorted by target, its in-arcs (``inOffsets``, ``inSources``, ``inWeights``).
/// - An undirected graph stores each edge `{u, v}` as the two arcs `u -> v` and `v -> u`, and
///   a self-loop `{u, u}` as the single arc `u -> u` (NetworkX's `G[u][u]`); its in-arcs are
///   its out-arcs. ``degree(of:)`` counts a self-loop twice, as `Graph.degree` does.
///
/// The arcs of each node are sorted by the node at the other end.
///
/// ```swift
/// // A path a - b - c with a self-loop at c and the edge a - b given twice.
/// let graph = CompactGraph(nodeCount: 3, sources: [0, 1, 2, 1], targets: [1, 2, 2, 0],
///                          weights: [1, 2, 5, 1], directed: false)
/// graph.edgeCount            // 3: {a,b} weighs 2, {b,c} 2, {c,c} 5
/// graph.neighbors(of: 1)     // [0, 2]
/// ```
public struct CompactGraph: Sendable {
    /// The number of nodes.
    public let nodeCount: Int
    /// Whether arcs have a direction.
    public let isDirected: Bool
    /// Whether the weights carry information (false: every weight is 1).
    public let isWeighted: Bool
    /// A name for each node (an actor id when built from a snapshot).
    public let labels: [String]
    /// When built from a snapshot, each node's position in the graph's ``TemporalGraph/actors``.
    public internal(set) var actorPositions: [Int32]?

    /// Where each node's out-arcs start in ``outTargets``; `nodeCount + 1` entries.
    public let outOffsets: [Int]
    /// The head of each out-arc.
    public let outTargets: [Int32]
    /// The weight of each out-arc.
    public let outWeights: [Double]
    /// Where each node's in-arcs start in ``inSources``; `nodeCount + 1` entries.
    public let inOffsets: [Int]
    /// The tail of each in-arc.
    public let inSources: [Int32]
    /// The weight of each in-arc.
    public let inWeights: [Double]

    /// The number of arcs stored per direction (an undirected edge counts twice, a self-loop once).
    public var arcCount: Int { outTargets.count }

    /// The number of edges: arcs in a directed graph; in an undirected one, each edge once.
    public let edgeCount: Int

    /// The number of self-loops.
    public let selfLoopCount: Int

    /// Builds a graph from an edge list: edge `i` joins `sources[i]` to `targets[i]` with weight
    /// `weights[i]` (all 1 and ``isWeighted`` false when `weights` is nil).
    ///
    /// Parallel edges merge into one whose weight is the sum of theirs (an unweighted graph keeps
    /// 1); in an undirected graph `u - v` and `v - u` are the same edge. Node numbers must lie in
    /// `0..<nodeCount`; edges naming other numbers are ignored. `labels` default to `"0"`, `"1"`, ...
    public init(nodeCount: Int, sources: [Int32], targets: [Int32], weights: [Double]? = nil,
                directed: Bool, labels: [String]? = nil) {
        precondition(sources.count == targets.count && (weights?.count ?? sources.count) == sources.count,
                     "sources, targets and weights must have the same length")
        let nodeCount = max(nodeCount, 0)
        var tails: [Int32] = []
        var heads: [Int32] = []
        var arcWeights: [Double] = []
        let expected = directed ? sources.count : 2 * sources.count
        tails.reserveCapacity(expected)
        heads.reserveCapacity(expected)
        arcWeights.reserveCapacity(weights == nil ? 0 : expected)
        var selfLoops = 0
        for index in sources.indices {
            let source = sources[index]
            let target = targets[index]
            guard source >= 0, target >= 0, Int(source) < nodeCount, Int(target) < nodeCount else { continue }
            tails.append(source)
            heads.append(target)
            if let weights { arcWeights.append(weights[index]) }
            if !directed && source != target {
                tails.append(target)
                heads.append(source)
                if let weights { arcWeights.append(weights[index]) }
            }
        }
        let out = CompactGraph.sortedMergedRows(nodeCount: nodeCount, rows: tails, columns: heads,
                                                weights: weights == nil ? nil : arcWeights)
        for node in 0..<nodeCount {
            for arc in out.offsets[node]..<out.offsets[node + 1] where Int(out.columns[arc]) == node { selfLoops += 1 }
        }
        self.nodeCount = nodeCount
        self.isDirected = directed
        self.isWeighted = weights != nil
        self.labels = labels ?? (0..<nodeCount).map(String.init)
        self.outOffsets = out.offsets
        self.outTargets = out.columns
        self.outWeights = out.weights
        if directed {
            let incoming = CompactGraph.sortedMergedRows(nodeCount: nodeCount, rows: out.rowsOfArcs, columns: out.columns,
                                                         weights: out.weights, alreadyMerged: true, swap: true)
            self.inOffsets = incoming.offsets
            self.inSources = incoming.columns
            self.inWeights = incoming.weights
            self.edgeCount = out.columns.count
        } else {
            self.inOffsets = out.offsets
            self.inSources = out.columns
            self.inWeights = out.weights
            self.edgeCount = (out.columns.count - selfLoops) / 2 + selfLoops
        }
        self.selfLoopCount = selfLoops
        precondition(self.labels.count == nodeCount, "one label per node")
    }

    /// The nodes `node` has an arc to (its neighbors in an undirected graph), ascending.
    public func neighbors(of node: Int) -> ArraySlice<Int32> {
        outTargets[outOffsets[node]..<outOffsets[node + 1]]
    }

    /// The nodes with an arc to `node`, ascending.
    public func predecessors(of node: Int) -> ArraySlice<Int32> {
        inSources[inOffsets[node]..<inOffsets[node + 1]]
    }

    /// The number of out-arcs of `node`.
    public func outDegree(of node: Int) -> Int { outOffsets[node + 1] - outOffsets[node] }

    /// The number of in-arcs of `node`.
    public func inDegree(of node: Int) -> Int { inOffsets[node + 1] - inOffsets[node] }

    /// NetworkX's `G.degree[node]`: in plus out arcs in a directed graph; in an undirected graph
    /// the number of incident edges, a self-loop counting twice.
    public func degree(of node: Int) -> Int {
        if isDirected { return outDegree(of: node) + inDegree(of: node) }
        return outDegree(of: node) + (hasSelfLoop(node) ? 1 : 0)
    }

    /// Whether `node` has an arc to itself.
    public func hasSelfLoop(_ node: Int) -> Bool {
        let row = neighbors(of: node)
        return CompactGraph.binarySearch(row, for: Int32(node))
    }

    /// The weight of the arc from `source` to `target`, or nil when there is none.
    public func weight(from source: Int, to target: Int) -> Double? {
        let lower = outOffsets[source]
        var low = lower
        var high = outOffsets[source + 1]
        let key = Int32(target)
        while low < high {
            let middle = (low + high) / 2
            if outTargets[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low < outOffsets[source + 1] && outTargets[low] == key ? outWeights[low] : nil
    }

    private static func binarySearch(_ row: ArraySlice<Int32>, for key: Int32) -> Bool {
        var low = row.startIndex
        var high = row.endIndex
        while low < high {
            let middle = (low + high) / 2
            if row[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low < row.endIndex && row[low] == key
    }

    /// CSR rows built by two stable counting sorts (by column, then by row), so every row is
    /// sorted by column, then with equal (row, column) pairs merged.
    private static func sortedMergedRows(nodeCount: Int, rows: [Int32], columns: [Int32], weights: [Double]?,
                                         alreadyMerged: Bool = false, swap: Bool = false)
        -> (offsets: [Int], columns: [Int32], weights: [Double], rowsOfArcs: [Int32]) {
        // With `swap`, the arcs are re-keyed by their column: the in-arc rows of a directed graph.
        let keys = swap ? columns : rows
        let values = swap ? rows : columns
        let count = keys.count
        var byValue = [Int32](repeating: 0, count: count)
        var offsets = [Int](repeating: 0, count: nodeCount + 1)
        // Pass 1: stable order by value.
        for value in values { offsets[Int(value) + 1] += 1 }
        for node in 0..<nodeCount { offsets[node + 1] += offsets[node] }
        var cursor = offsets
        for index in 0..<count {
            let value = Int(values[index])
            byValue[cursor[value]] = Int32(index)
            cursor[value] += 1
        }
        // Pass 2: stable order by key, keeping the value order inside each key.
        for index in 0...nodeCount { offsets[index] = 0 }
        for key in keys { offsets[Int(key) + 1] += 1 }
        for node in 0..<nodeCount { offsets[node + 1] += offsets[node] }
        cursor = offsets
        var order = [Int32](repeating: 0, count: count)
        for position in 0..<count {
            let index = Int(byValue[position])
            let key = Int(keys[index])
            order[cursor[key]] = Int32(index)
            cursor[key] += 1
        }
        var mergedOffsets = [Int](repeating: 0, count: nodeCount + 1)
        var mergedColumns: [Int32] = []
        var mergedWeights: [Double] = []
        var mergedRows: [Int32] = []
        mergedColumns.reserveCapacity(count)
        mergedWeights.reserveCapacity(count)
        mergedRows.reserveCapacity(count)
        for node in 0..<nodeCount {
            var previous: Int32 = -1
            for position in offsets[node]..<offsets[node + 1] {
                let index = Int(order[position])
                let column = values[index]
                let weight = weights?[index] ?? 1
                if column == previous && !alreadyMerged {
                    if weights != nil { mergedWeights[mergedWeights.count - 1] += weight }
                    continue
                }
                previous = column
                mergedColumns.append(column)
                mergedWeights.append(weight)
                mergedRows.append(Int32(node))
            }
            mergedOffsets[node + 1] = mergedColumns.count
        }
        return (mergedOffsets, mergedColumns, mergedWeights, mergedRows)
    }
}
