import ActorGraph
import ActorGraphAnalysis
import ActorGraphBenchmarkSupport
import Foundation

// Times ActorGraph's centrality measures on the graphs Scripts/benchmark-centrality.sh generates,
// printing one JSON object per measurement (the medians that script tabulates).
//
//   actorgraph-benchmark static EDGES --name NAME --measures betweenness,closeness,pagerank,eigenvector [--repeat N]
//   actorgraph-benchmark temporal RELATIONS.csv --snapshots 50 [--repeat N]
//   actorgraph-benchmark communities EDGES [--runs N|default] [--passes N] [--tolerance T] [--repeat N] [--threads N]
//
// EDGES is a text edge list: a first line `# nodes N directed|undirected weighted|unweighted`, then
// one `u v` or `u v w` line per edge, nodes numbered from 0.

func report(_ members: [(String, JSONValue)]) {
    print(JSONValue.object(members).serialized())
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("actorgraph-benchmark: error: \(message)\n".utf8))
    exit(2)
}

/// Reads the edge-list format above straight from bytes.
func readEdgeList(path: String) -> CompactGraph {
    guard let data = FileManager.default.contents(atPath: path) else { fail("cannot read \(path)") }
    let bytes = [UInt8](data)
    guard let newline = bytes.firstIndex(of: UInt8(ascii: "\n")) else { fail("\(path): no header line") }
    let header = String(decoding: bytes[..<newline], as: UTF8.self).split(separator: " ")
    guard header.count == 5, header[0] == "#", header[1] == "nodes", let nodeCount = Int(header[2]) else {
        fail("\(path):1: expected '# nodes N directed|undirected weighted|unweighted'")
    }
    let directed = header[3] == "directed"
    let weighted = header[4] == "weighted"
    var sources: [Int32] = []
    var targets: [Int32] = []
    var weights: [Double] = []
    var fields: [Double] = []
    var index = newline + 1
    var number = 0.0
    var fraction = 0.0
    var inNumber = false
    while index <= bytes.count {
        let byte = index < bytes.count ? bytes[index] : UInt8(ascii: "\n")
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            let digit = Double(byte - UInt8(ascii: "0"))
            if fraction > 0 { number += digit * fraction; fraction /= 10 } else { number = number * 10 + digit }
            inNumber = true
        case UInt8(ascii: "."):
            fraction = 0.1
        default:
            if inNumber { fields.append(number) }
            number = 0
            fraction = 0
            inNumber = false
            if byte == UInt8(ascii: "\n") {
                if fields.count >= 2 {
                    sources.append(Int32(fields[0]))
                    targets.append(Int32(fields[1]))
                    weights.append(fields.count > 2 ? fields[2] : 1)
                }
                fields.removeAll(keepingCapacity: true)
            }
        }
        index += 1
    }
    return CompactGraph(nodeCount: nodeCount, sources: sources, targets: targets,
                        weights: weighted ? weights : nil, directed: directed)
}

func option(_ name: String, in arguments: [String]) -> String? {
    guard let position = arguments.firstIndex(of: name), position + 1 < arguments.count else { return nil }
    return arguments[position + 1]
}

func runStatic(_ arguments: [String]) throws {
    guard arguments.count >= 1 else { fail("static needs an edge list") }
    let path = arguments[0]
    let name = option("--name", in: arguments) ?? path
    let repeats = Int(option("--repeat", in: arguments) ?? "3") ?? 3
    let threads = option("--threads", in: arguments).flatMap { Int($0) }
    let measures = (option("--measures", in: arguments) ?? "betweenness,closeness,pagerank,eigenvector")
        .split(separator: ",").map(String.init)
    var graph: CompactGraph?
    let loadTime = seconds { graph = readEdgeList(path: path) }
    guard let graph else { return }
    report([("tool", .string("actorgraph")), ("graph", .string(name)), ("measure", .string("load")),
            ("median", .number(loadTime)), ("nodes", .integer(graph.nodeCount)), ("edges", .integer(graph.edgeCount))])
    for measure in measures {
        var times: [Double] = []
        var checksum = 0.0
        for _ in 0..<repeats {
            var result: [Double] = []
            let time = try seconds {
                switch measure {
                case "betweenness": result = try graph.betweennessCentrality(threadCount: threads)
                case "closeness": result = try graph.closenessCentrality(threadCount: threads)
                case "harmonic": result = try graph.harmonicCentrality(threadCount: threads)
                case "pagerank": result = try graph.pageRank()
                case "eigenvector": result = try graph.eigenvectorCentrality()
                case "katz": result = try graph.katzCentrality(alpha: 0.01)
                default: fail("unknown measure \(measure)")
                }
            }
            times.append(time)
            checksum = result.reduce(0, +)
            // One long run is steady enough, and a benchmark must stay short.
            if time > 5 { break }
        }
        report([("tool", .string("actorgraph")), ("graph", .string(name)), ("measure", .string(measure)),
                ("median", .number(median(times))), ("runs", .array(times.map(JSONValue.number))),
                ("sum", .number(checksum))])
    }
}

func runTemporal(_ arguments: [String]) throws {
    guard arguments.count >= 1 else { fail("temporal needs a relations CSV") }
    let path = arguments[0]
    let snapshotCount = Int(option("--snapshots", in: arguments) ?? "50") ?? 50
    let repeats = Int(option("--repeat", in: arguments) ?? "3") ?? 3
    var loaded: TemporalGraph?
    let loadTime = try seconds { loaded = try GraphLoader.load(path: path) }
    guard let graph = loaded, let span = graph.dateSpan else { fail("\(path): no dated relations") }
    report([("tool", .string("actorgraph")), ("graph", .string("temporal")), ("measure", .string("load")),
            ("median", .number(loadTime)), ("actors", .integer(graph.actors.count)),
            ("relations", .integer(graph.relations.count))])
    // Snapshot days spread evenly over the graph's dates, as the Raphtory peer takes them.
    let length = span.first.distance(to: span.last)
    let days = (0..<snapshotCount).map { span.first.advanced(by: length * ($0 + 1) / (snapshotCount + 1)) }
    var times: [Double] = []
    var edgeTotal = 0
    for _ in 0..<repeats {
        edgeTotal = 0
        let time = try seconds {
            for day in days {
                let compact = CompactGraph(snapshot: graph.snapshot(at: day))
                let ranks = try compact.pageRank()
                edgeTotal += compact.edgeCount
                precondition(ranks.count == compact.nodeCount)
            }
        }
        times.append(time)
    }
    report([("tool", .string("actorgraph")), ("graph", .string("temporal")), ("measure", .string("snapshots+pagerank")),
            ("median", .number(median(times))), ("runs", .array(times.map(JSONValue.number))),
            ("snapshots", .integer(days.count)), ("edges", .integer(edgeTotal)),
            ("days", .array(days.map { .string($0.description) }))])
}

/// Leiden communities (`--runs` independent runs, the best kept), timed without loading.
func runCommunities(_ arguments: [String]) {
    guard arguments.count >= 1 else { fail("communities needs an edge list") }
    let graph = readEdgeList(path: arguments[0])
    // `--runs default` (or no `--runs`) leaves the number of runs to the library.
    let runs = option("--runs", in: arguments).flatMap { Int($0) }
    let passes = Int(option("--passes", in: arguments) ?? "100") ?? 100
    // Without `--tolerance`, the library's default.
    let tolerance = option("--tolerance", in: arguments).flatMap { Double($0) }
    let repeats = max(Int(option("--repeat", in: arguments) ?? "5") ?? 5, 1)
    let threads = option("--threads", in: arguments).flatMap { Int($0) }
    var times: [Double] = []
    var qualities: [Double] = []
    var counts: [Int] = []
    for repeatIndex in 0..<repeats {
        var found: Communities?
        let seed = UInt64(repeatIndex)
        times.append(seconds {
            found = if let tolerance {
                graph.leidenCommunities(seed: seed, runs: runs, maxPasses: passes, tolerance: tolerance, threadCount: threads)
            } else {
                graph.leidenCommunities(seed: seed, runs: runs, maxPasses: passes, threadCount: threads)
            }
        })
        qualities.append(found?.modularity ?? 0)
        counts.append(found?.groups.count ?? 0)
    }
    report([("tool", .string("actorgraph")), ("measure", .string("leiden")), ("runs", runs.map(JSONValue.integer) ?? .string("default")),
            ("tolerance", tolerance.map(JSONValue.number) ?? .string("default")),
            ("passes", .integer(passes)), ("median", .number(median(times))), ("times", .array(times.map(JSONValue.number))),
            ("modularity", .number(median(qualities))), ("best", .number(qualities.max() ?? 0)),
            ("communities", .array(counts.map(JSONValue.integer)))])
}

let arguments = Array(CommandLine.arguments.dropFirst())
do {
    switch arguments.first {
    case "static": try runStatic(Array(arguments.dropFirst()))
    case "temporal": try runTemporal(Array(arguments.dropFirst()))
    case "communities": runCommunities(Array(arguments.dropFirst()))
    default: fail("usage: actorgraph-benchmark static EDGES [--name NAME] [--measures ...] [--repeat N] | temporal RELATIONS.csv [--snapshots N] [--repeat N] | communities EDGES [--runs N|default] [--passes N] [--tolerance T] [--repeat N] [--threads N]")
    }
} catch {
    fail("\(error)")
}
