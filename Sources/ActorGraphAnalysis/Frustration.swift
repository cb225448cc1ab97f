import ActorGraph

/// The best split of a signed graph into two camps: the fewest pairs that contradict it.
public struct Frustration: Sendable {
    /// The number of friendly pairs across the camps plus hostile pairs inside one: the line
    /// index of balance (Harary 1959) when ``isExact``, otherwise an upper bound on it.
    public let count: Int
    /// Whether ``count`` is proven the least possible.
    public let isExact: Bool
    /// The camp (0 or 1) of each node.
    public let sides: [Int]
}

extension SignedGraph {
    /// The frustration index: the fewest edges whose removal (or sign change) leaves a balanced
    /// graph, with a split into two camps that attains it.
    ///
    /// A split puts every node in camp 0 or 1; an edge contradicts it when friendly across the
    /// camps or hostile within one (Harary 1959, "On the measurement of structural balance",
    /// *Behavioral Science* 4: 316–323; Aref & Wilson 2018 survey exact methods). Each connected
    /// component is solved on its own, its first node in camp 0 (camps of different components
    /// are unrelated). A local search (greedy placement, then single moves while one helps) gives
    /// a first split; branch and bound then proves it least or improves on it, placing nodes in
    /// order of degree and bounding by the edges already contradicted plus, for each node not
    /// yet placed, the fewer edges it must contradict towards placed ones. The search stops
    /// after `searchLimit` branch nodes over the whole graph; a component not finished by then
    /// keeps the best split found and the answer is marked not exact (an upper bound).
    ///
    /// Complexity: O(m) per local-search pass; branch and bound O(2ⁿ m) at worst, within the limit.
    ///
    /// ```swift
    /// // Three mutual enemies: no split satisfies every pair.
    /// let enemies = SignedGraph(nodeCount: 3, edges: [(0, 1, -1), (1, 2, -1), (0, 2, -1)])
    /// enemies.frustration().count   // 1
    /// ```
    public func frustration(searchLimit: Int = 20_000_000) -> Frustration {
        var sides = [Int](repeating: 0, count: nodeCount)
        var total = 0
        var exact = true
        var budget = searchLimit
        for component in components() {
            let solver = FrustrationSearch(graph: self, nodes: component)
            let result = solver.solve(budget: &budget)
            total += result.count
            exact = exact && result.isExact
            for (node, side) in zip(component, result.sides) { sides[node] = side }
        }
        return Frustration(count: total, isExact: exact, sides: sides)
    }

    /// The number of edges that contradict `sides`.
    public func contradictions(of sides: [Int]) -> Int {
        var count = 0
        for u in 0..<nodeCount {
            for (v, sign) in adjacency[u] where v > u {
                if (sides[u] == sides[v]) != (sign > 0) { count += 1 }
            }
        }
        return count
    }

    /// Connected components, each ascending, in order of their first node.
    func components() -> [[Int]] {
        var seen = [Bool](repeating: false, count: nodeCount)
        var result: [[Int]] = []
        for start in 0..<nodeCount where !seen[start] {
            var component = [start]
            seen[start] = true
            var next = 0
            while next < component.count {
                for (v, _) in adjacency[component[next]] where !seen[v] {
                    seen[v] = true
                    component.append(v)
                }
                next += 1
            }
            result.append(component.sorted())
        }
        return result
    }
}

/// Branch and bound over one connected component.
private struct FrustrationSearch {
    /// Neighbours by local index, with signs.
    let adjacency: [[(node: Int, sign: Int)]]

    init(graph: SignedGraph, nodes: [Int]) {
        var local: [Int: Int] = [:]
        for (index, node) in nodes.enumerated() { local[node] = index }
        adjacency = nodes.map { node in graph.adjacency[node].map { (node: local[$0.node]!, sign: Int($0.sign)) } }
    }

    func contradictions(_ sides: [Int]) -> Int {
        var count = 0
        for u in adjacency.indices {
            for (v, sign) in adjacency[u] where v > u && (sides[u] == sides[v]) != (sign > 0) { count += 1 }
        }
        return count
    }

    /// Greedy placement in breadth-first order, then single moves while one lowers the count.
    func localSearch() -> [Int] {
        let count = adjacency.count
        var sides = [Int](repeating: -1, count: count)
        var queue = [0]
        sides[0] = 0
        var next = 0
        while next < queue.count {
            let u = queue[next]
            next += 1
            for (v, _) in adjacency[u] where sides[v] < 0 {
                var agreeing = [0, 0]
                for (w, sign) in adjacency[v] where sides[w] >= 0 {
                    agreeing[sign > 0 ? sides[w] : 1 - sides[w]] += 1
                }
                sides[v] = agreeing[1] > agreeing[0] ? 1 : 0
                queue.append(v)
            }
        }
        var improved = true
        while improved {
            improved = false
            for u in 0..<count {
                var gain = 0
                for (v, sign) in adjacency[u] {
                    let satisfied = (sides[u] == sides[v]) == (sign > 0)
                    gain += satisfied ? -1 : 1
                }
                if gain > 0 { sides[u] = 1 - sides[u]; improved = true }
            }
        }
        if sides[0] == 1 { sides = sides.map { 1 - $0 } }
        return sides
    }

    func solve(budget: inout Int) -> Frustration {
        var best = localSearch()
        var bestCount = contradictions(best)
        let count = adjacency.count
        if bestCount == 0 || count <= 1 { return Frustration(count: bestCount, isExact: true, sides: best) }
        // Place high-degree nodes first (node 0, the component's first, stays first: camp 0).
        let degrees = adjacency.map(\.count)
        let rest: [Int] = (1..<count).sorted { (left: Int, right: Int) -> Bool in
            degrees[left] != degrees[right] ? degrees[left] > degrees[right] : left < right
        }
        let order = [0] + rest
        var sides = [Int](repeating: -1, count: count)
        // cost[v][s]: edges v would contradict in camp s towards placed nodes.
        var cost = [[Int]](repeating: [0, 0], count: count)
        var exhausted = false

        func place(_ v: Int, _ side: Int, _ delta: Int) {
            sides[v] = delta > 0 ? side : -1
            for (w, sign) in adjacency[v] {
                // Camp in which w agrees with v on this edge.
                let agreeing = sign > 0 ? side : 1 - side
                cost[w][1 - agreeing] += delta
            }
        }

        func search(_ depth: Int, _ contradicted: Int) {
            if exhausted { return }
            budget -= 1
            if budget < 0 { exhausted = true; return }
            if depth == count {
                if contradicted < bestCount { bestCount = contradicted; best = sides }
                return
            }
            var bound = contradicted
            for index in depth..<count {
                let v = order[index]
                bound += min(cost[v][0], cost[v][1])
            }
            if bound >= bestCount { return }
            let v = order[depth]
            let preferred = cost[v][0] <= cost[v][1] ? 0 : 1
            for side in depth == 0 ? [0] : [preferred, 1 - preferred] {
                let added = cost[v][side]
                place(v, side, 1)
                search(depth + 1, contradicted + added)
                place(v, side, -1)
            }
        }
        search(0, 0)
        return Frustration(count: bestCount, isExact: !exhausted, sides: best)
    }
}
