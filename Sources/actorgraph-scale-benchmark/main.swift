// Measures the core at event-data scale: load a CSV edge list, build the interval index,
// and answer snapshots at single days. Prints medians; run through Scripts/benchmark-scale.sh.
import ActorGraph
import ActorGraphBenchmarkSupport
import Foundation

func peakResidentMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024  // ru_maxrss is in kilobytes on Linux
}

let arguments = CommandLine.arguments
guard arguments.count == 2 else {
    FileHandle.standardError.write(Data("usage: actorgraph-scale-benchmark EDGES.csv\n".utf8))
    exit(2)
}
let path = arguments[1]

var loadTimes: [Double] = []
var graph: TemporalGraph?
for _ in 0..<3 {
    graph = nil
    loadTimes.append(try seconds { graph = try GraphLoader.load(path: path) })
}
guard let graph else { exit(1) }
let memoryAfterLoad = peakResidentMegabytes()

let spans = graph.relations.indices.map { graph.activeSpan(ofRelationAt: $0, .possibly) }
var indexTimes: [Double] = []
for _ in 0..<3 {
    indexTimes.append(seconds { _ = IntervalIndex(spans: spans) })
}

guard let dateSpan = graph.dateSpan else { exit(1) }
var generator = SystemRandomNumberGenerator()
var snapshotTimes: [Double] = []
var answerSizes: [Int] = []
for _ in 0..<101 {
    let day = Day(number: Int32.random(in: dateSpan.first.number...dateSpan.last.number, using: &generator))
    var snapshot: Snapshot?
    snapshotTimes.append(seconds { snapshot = graph.snapshot(at: day) })
    answerSizes.append(snapshot?.relationPositions.count ?? 0)
}
var scanTimes: [Double] = []
for _ in 0..<11 {
    let day = Day(number: Int32.random(in: dateSpan.first.number...dateSpan.last.number, using: &generator))
    var found = 0
    scanTimes.append(seconds { found = spans.reduce(0) { $0 + ($1.contains(day) ? 1 : 0) } })
    precondition(found >= 0)
}

print("relations:            \(graph.relations.count)")
print("actors:               \(graph.actors.count)")
print(String(format: "load CSV + index:     median %.3f s (of 3)", median(loadTimes)))
print(String(format: "index build alone:    median %.3f s (of 3)", median(indexTimes)))
print(String(format: "snapshot at a day:    median %.3f ms (of 101), median answer %d relations", median(snapshotTimes) * 1000,
             Int(median(answerSizes.map(Double.init)))))
print(String(format: "linear scan, same:    median %.3f ms (of 11), for comparison", median(scanTimes) * 1000))
// The date solver alone, when the file has relative dates: building the simple temporal
// network of its relations, then solving it into every point's earliest and latest day.
if graph.relations.contains(where: \.hasRelativeDates) {
    var dates: RelationDateNetwork?
    var buildTimes: [Double] = []
    for _ in 0..<5 {
        buildTimes.append(seconds { dates = RelationDateNetwork(relations: graph.relations, vagueness: graph.vagueness) })
    }
    guard let network = dates?.network else { exit(1) }
    var solveTimes: [Double] = []
    var consistent = true
    for _ in 0..<5 {
        solveTimes.append(seconds { consistent = network.solve().isConsistent })
    }
    precondition(consistent, "the benchmark's dates must have a solution")
    print(String(format: "date network build:   median %.1f ms (of 5), %d points, %d constraints", median(buildTimes) * 1000,
                 network.pointCount, network.constraints.count))
    print(String(format: "date network solve:   median %.1f ms (of 5)", median(solveTimes) * 1000))
}
print(String(format: "peak memory:          %.0f MB resident after load, %.0f MB at the end", memoryAfterLoad, peakResidentMegabytes()))
