import Foundation
import Testing
@testable import ActorGraph

/// A deterministic generator so that a failing input can be reproduced.
private struct Xorshift: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return state
    }
}

/// Mutates `bytes` by deleting, duplicating, replacing and inserting short runs.
private func mutate(_ bytes: [UInt8], using generator: inout Xorshift) -> [UInt8] {
    var result = bytes
    let alphabet = Array("{}[]:,\"'\\\n\r\t -~?%.0123456789ab#&*!|>é\u{0}".utf8)
    for _ in 0..<Int.random(in: 1...6, using: &generator) where !result.isEmpty {
        let position = Int.random(in: 0..<result.count, using: &generator)
        let length = min(Int.random(in: 1...12, using: &generator), result.count - position)
        switch Int.random(in: 0..<4, using: &generator) {
        case 0: result.removeSubrange(position..<(position + length))
        case 1: result.insert(contentsOf: result[position..<(position + length)], at: position)
        case 2: result[position] = alphabet.randomElement(using: &generator) ?? 0
        default: result.insert(UInt8.random(in: 0...255, using: &generator), at: position)
        }
    }
    return result
}

private func loadsOrReportsPositions(_ bytes: [UInt8], as fileExtension: String) -> Bool {
    do {
        _ = try GraphLoader.load(bytes: bytes, file: "fuzz.\(fileExtension)", extension: fileExtension)
        return true
    } catch {
        return !error.diagnostics.isEmpty && error.diagnostics.allSatisfy { $0.position.line >= 1 && $0.position.column >= 1 }
    }
}

@Test(arguments: ["yaml", "json", "csv"])
func mangledInputNeverCrashesAndAlwaysGetsPositionedErrors(format: String) throws {
    let seed: [UInt8]
    switch format {
    case "yaml":
        seed = try GraphLoader.readBytes(path: packageRoot.appendingPathComponent("Graphs/central-asia-2001.yaml").path)
    case "json":
        seed = Array(bundledGraph.snapshot(at: day(2001, 9, 22)).jsonValue().serialized(pretty: true).utf8)
    default:
        seed = Array(bundledGraph.snapshot(at: day(2001, 9, 22), filter: RelationFilter(kinds: Set(RelationKind.builtIn.keys)))
            .csvText().utf8)
    }
    var generator = Xorshift(state: 0x5EED_0000 + UInt64(format.utf8.count))
    for _ in 0..<400 {
        let input = mutate(seed, using: &generator)
        #expect(loadsOrReportsPositions(input, as: format))
    }
}
