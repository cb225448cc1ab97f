/// Raw pointers to one level's CSR arrays for the hot loops of ``LeidenOptimizer``, valid inside
/// ``ModularityNetwork/withArrays(_:)``.
struct LevelArrays {
    let nodeCount: Int
    let offsets: UnsafePointer<Int>
    let targets: UnsafePointer<Int32>
    let weights: UnsafePointer<Double>
    let strengths: UnsafePointer<Double>
}

extension ModularityNetwork {
    /// Calls `body` with pointers into the network's arrays.
    func withArrays<Result>(_ body: (LevelArrays) throws -> Result) rethrows -> Result {
        try offsets.withUnsafeBufferPointer { offsets in
        try targets.withUnsafeBufferPointer { targets in
        try weights.withUnsafeBufferPointer { weights in
        try strengths.withUnsafeBufferPointer { strengths in
            try body(LevelArrays(nodeCount: nodeCount, offsets: baseAddressOrStandIn(offsets),
                                 targets: baseAddressOrStandIn(targets), weights: baseAddressOrStandIn(weights),
                                 strengths: baseAddressOrStandIn(strengths)))
        }}}}
    }

    /// The graph with one node per group (`group` numbered `0..<count`): edge weights add up,
    /// edges inside a group become its self-loop.
    func aggregated(by group: [Int32], count: Int) -> ModularityNetwork {
        // Members of each group, by counting sort.
        let start = UnsafeMutablePointer<Int>.allocate(capacity: count + 1)
        let members = UnsafeMutablePointer<Int32>.allocate(capacity: max(nodeCount, 1))
        let weightTo = UnsafeMutablePointer<Double>.allocate(capacity: max(count, 1))
        let seen = UnsafeMutablePointer<Bool>.allocate(capacity: max(count, 1))
        let touched = UnsafeMutablePointer<Int32>.allocate(capacity: max(count, 1))
        defer {
            seen.deallocate()
            start.deallocate()
            members.deallocate()
            weightTo.deallocate()
            touched.deallocate()
        }
        start.initialize(repeating: 0, count: count + 1)
        weightTo.initialize(repeating: 0, count: max(count, 1))
        seen.initialize(repeating: false, count: max(count, 1))
        for node in 0..<nodeCount { start[Int(group[node]) + 1] += 1 }
        for index in 0..<count { start[index + 1] += start[index] }
        for node in 0..<nodeCount {
            let target = Int(group[node])
            members[start[target]] = Int32(node)
            start[target] += 1
        }
        // `start[g]` now ends group g; shift back so that it starts it.
        for index in stride(from: count, to: 0, by: -1) { start[index] = start[index - 1] }
        start[0] = 0
        let offsets = UnsafeMutablePointer<Int>.allocate(capacity: count + 1)
        let newSelfWeights = UnsafeMutablePointer<Double>.allocate(capacity: max(count, 1))
        let newStrengths = UnsafeMutablePointer<Double>.allocate(capacity: max(count, 1))
        let newTargets = UnsafeMutablePointer<Int32>.allocate(capacity: max(targets.count, 1))
        let newWeights = UnsafeMutablePointer<Double>.allocate(capacity: max(targets.count, 1))
        defer {
            offsets.deallocate()
            newSelfWeights.deallocate()
            newStrengths.deallocate()
            newTargets.deallocate()
            newWeights.deallocate()
        }
        offsets[0] = 0
        var arcCount = 0
        withArrays { arrays in
            group.withUnsafeBufferPointer { group in
                selfWeights.withUnsafeBufferPointer { selfWeights in
                    let group = baseAddressOrStandIn(group), selfWeights = baseAddressOrStandIn(selfWeights)
                    for target in 0..<count {
                        var strength = 0.0
                        var selfWeight = 0.0
                        var touchedCount = 0
                        for position in start[target]..<start[target + 1] {
                            let node = Int(members[position])
                            strength += arrays.strengths[node]
                            selfWeight += selfWeights[node]
                            for arc in arrays.offsets[node]..<arrays.offsets[node + 1] {
                                let other = Int(group[Int(arrays.targets[arc])])
                                let weight = arrays.weights[arc]
                                if other == target {
                                    selfWeight += weight / 2
                                    continue
                                }
                                if !seen[other] {
                                    seen[other] = true
                                    touched[touchedCount] = Int32(other)
                                    touchedCount += 1
                                }
                                weightTo[other] += weight
                            }
                        }
                        newStrengths[target] = strength
                        newSelfWeights[target] = selfWeight
                        for index in 0..<touchedCount {
                            let other = Int(touched[index])
                            newTargets[arcCount] = Int32(other)
                            newWeights[arcCount] = weightTo[other]
                            arcCount += 1
                            weightTo[other] = 0
                            seen[other] = false
                        }
                        offsets[target + 1] = arcCount
                    }
                }
            }
        }
        var result = ModularityNetwork(nodeCount: count, offsets: Array(UnsafeBufferPointer(start: offsets, count: count + 1)),
                                       targets: Array(UnsafeBufferPointer(start: newTargets, count: arcCount)),
                                       weights: Array(UnsafeBufferPointer(start: newWeights, count: arcCount)),
                                       selfWeights: Array(UnsafeBufferPointer(start: newSelfWeights, count: count)),
                                       strengths: Array(UnsafeBufferPointer(start: newStrengths, count: count)))
        result.totalStrength = totalStrength
        return result
    }
}
