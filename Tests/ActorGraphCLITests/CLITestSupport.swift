@_exported import ActorGraphTestSupport
import Foundation

/// What a run of the command printed and how it exited.
struct CommandResult {
    var status: Int32
    var standardOutput: String
    var standardError: String
}

/// The built `actorgraph` executable: beside the test bundle in the build products directory.
let executableURL: URL = {
    let productsDirectory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    var candidates = [productsDirectory.appendingPathComponent("actorgraph")]
    for configuration in ["debug", "release"] {
        candidates.append(packageRoot.appendingPathComponent(".build/\(configuration)/actorgraph"))
    }
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
}()

/// Runs `actorgraph` with `arguments` (and `standardInput` on its standard input) and waits for it.
func runActorGraph(_ arguments: [String], in directory: URL? = nil, standardInput: Data? = nil) throws -> CommandResult {
    let process = Process()
    process.executableURL = executableURL
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    let input = standardInput.map { _ in Pipe() }
    if let input { process.standardInput = input }
    try process.run()
    if let input, let standardInput {
        // Written from another thread, so that a child writing its own output cannot stall.
        let writer = input.fileHandleForWriting
        Thread.detachNewThread {
            writer.write(standardInput)
            try? writer.close()
        }
    }
    // Read before waiting so that a large output cannot fill the pipe and stall the child.
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CommandResult(status: process.terminationStatus,
                         standardOutput: String(decoding: outputData, as: UTF8.self),
                         standardError: String(decoding: errorData, as: UTF8.self))
}

/// The event-data fixtures (GDELT, ICEWS) of the interchange tests.
let eventFixtures = packageRoot.appendingPathComponent("Tests/ActorGraphInterchangeTests/Fixtures/events")

/// Kills `process` with SIGKILL once the write-ahead log `wal` has grown past 4 MB, that is
/// in the middle of a transaction, and waits for it to end. False when the process ended (or
/// `seconds` passed) before it could be killed.
func killOnceTheWriteAheadLogGrows(_ process: Process, wal: String, within seconds: TimeInterval) -> Bool {
    var killed = false
    let deadline = Date().addingTimeInterval(seconds)
    while process.isRunning, Date() < deadline {
        let size = (try? FileManager.default.attributesOfItem(atPath: wal)[.size] as? Int) ?? 0
        if size > 4 << 20 {
            kill(process.processIdentifier, SIGKILL)
            killed = true
            break
        }
        usleep(2_000)
    }
    process.waitUntilExit()
    return killed
}
