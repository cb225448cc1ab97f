import ActorGraph

/// For every node `u`, what the shortest paths *into* `u` add up to: how many nodes reach it
/// (itself included), the sum of their distances to it, and the sum of the reciprocals of the
/// non-zero distances. Closeness and harmonic centrality read these, as NetworkX measures both
/// with incoming distances on directed graphs.
///
/// Unweighted graphs use breadth-first search; weighted ones Dijkstra's algorithm with the
/// weights as lengths. Each node's search is independent, so the work spreads over all cores
/// and the result does not depend on the thread count.
struct IncomingDistanceSums {
    /// Nodes that reach each node, the node itself included.
    var reachedCounts: [Int]
    /// Sum of the distances from those nodes.
    var distanceSums: [Double]
    /// Sum of `1 / distance` over those nodes at a non-zero distance.
    var reciprocalSums: [Double]

    init(graph: CompactGraph, threadCount: Int?) {
        let nodeCount = graph.nodeCount
        let reached = SharedBuffer<Int>.allocate(count: nodeCount, repeating: 0)
        let distances = SharedBuffer<Double>.allocate(count: nodeCount, repeating: 0)
        let reciprocals = SharedBuffer<Double>.allocate(count: nodeCount, repeating: 0)
        defer { reached.deallocate(); distances.deallocate(); reciprocals.deallocate() }
        let chunks = SourceChunks(count: nodeCount)
        let weighted = graph.isWeighted
        GraphArrays.with(graph) { arrays in
            chunks.forEach(threadCount: threadCount) { chunk in
                if weighted {
                    IncomingDistanceSums.dijkstra(arrays, targets: chunks.ranges[chunk],
                                                  reached: reached, distances: distances, reciprocals: reciprocals)
                } else {
                    IncomingDistanceSums.breadthFirst(arrays, targets: chunks.ranges[chunk],
                                                      reached: reached, distances: distances, reciprocals: reciprocals)
                }
            }
        }
        reachedCounts = reached.array
        distanceSums = distances.array
        reciprocalSums = reciprocals.array
    }

    private static func breadthFirst(_ graph: GraphArrays, targets: Range<Int>, reached: SharedBuffer<Int>,
                                     distances: SharedBuffer<Double>, reciprocals: SharedBuffer<Double>) {
        let nodeCount = graph.nodeCount
        let level = UnsafeMutablePointer<Int32>.allocate(capacity: max(nodeCount, 1))
        level.initialize(repeating: -1, count: max(nodeCount, 1))
        let queue = UnsafeMutablePointer<Int32>.allocate(capacity: max(nodeCount, 1))
        defer { level.deallocate(); queue.deallocate() }
        // Reciprocals of small distances, looked up rather than divided in the inner loop.
        var reciprocalOf = [Double](repeating: 0, count: nodeCount + 1)
        for distance in 1..<max(nodeCount + 1, 1) { reciprocalOf[distance] = 1 / Double(distance) }
        reciprocalOf.withUnsafeBufferPointer { reciprocalOf in
            for target in targets {
                level[target] = 0
                queue[0] = Int32(target)
                var head = 0
                var tail = 1
                var distanceSum = 0
                var reciprocalSum = 0.0
                while head < tail {
                    let node = Int(queue[head])
                    head += 1
                    let next = level[node] + 1
                    var arc = graph.inOffsets[node]
                    let end = graph.inOffsets[node + 1]
                    while arc < end {
                        let neighbor = Int(graph.inSources[arc])
                        if level[neighbor] < 0 {
                            level[neighbor] = next
                            queue[tail] = Int32(neighbor)
                            tail += 1
                            distanceSum += Int(next)
                            reciprocalSum += reciprocalOf[Int(next)]
                        }
                        arc += 1
                    }
                }
                for index in 0..<tail { level[Int(queue[index])] = -1 }
                reached[target] = tail
                distances[target] = Double(distanceSum)
                reciprocals[target] = reciprocalSum
            }
        }
    }

    private static func dijkstra(_ graph: GraphArrays, targets: Range<Int>, reached: SharedBuffer<Int>,
                                 distances: SharedBuffer<Double>, reciprocals: SharedBuffer<Double>) {
        let nodeCount = graph.nodeCount
        let distance = UnsafeMutablePointer<Double>.allocate(capacity: max(nodeCount, 1))
        distance.initialize(repeating: .infinity, count: max(nodeCount, 1))
        let settled = UnsafeMutablePointer<Bool>.allocate(capacity: max(nodeCount, 1))
        settled.initialize(repeating: false, count: max(nodeCount, 1))
        let order = UnsafeMutablePointer<Int32>.allocate(capacity: max(nodeCount, 1))
        var heap = DistanceHeap(capacity: nodeCount)
        defer { distance.deallocate(); settled.deallocate(); order.deallocate(); heap.deallocate() }
        for target in targets {
            distance[target] = 0
            heap.insertOrDecrease(Int32(target), key: 0)
            var settledCount = 0
            var distanceSum = 0.0
            var reciprocalSum = 0.0
            while !heap.isEmpty {
                let (popped, nodeDistance) = heap.popMinimum()
                let node = Int(popped)
                settled[node] = true
                order[settledCount] = popped
                settledCount += 1
                distanceSum += nodeDistance
                if nodeDistance != 0 { reciprocalSum += 1 / nodeDistance }
                for arc in graph.inOffsets[node]..<graph.inOffsets[node + 1] {
                    let neighbor = Int(graph.inSources[arc])
                    if settled[neighbor] { continue }
                    let candidate = nodeDistance + graph.inWeights[arc]
                    if candidate < distance[neighbor] {
                        distance[neighbor] = candidate
                        heap.insertOrDecrease(Int32(neighbor), key: candidate)
                    }
                }
            }
            for index in 0..<settledCount {
                let node = Int(order[index])
                settled[node] = false
                distance[node] = .infinity
            }
            reached[target] = settledCount
            distances[target] = distanceSum
            reciprocals[target] = reciprocalSum
        }
    }
}
