import Foundation
import Testing
@testable import ActorGraph

/// A fresh empty directory for one test.
private func scratchDirectory() throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("actorgraph-writer-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

private func contents(_ path: String) -> String? {
    FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
}

private func fileType(_ path: String) -> mode_t {
    var status = stat()
    return lstat(path, &status) == 0 ? status.st_mode & S_IFMT : 0
}

/// The error a write throws, as printed, or nil when it succeeds.
private func failure(_ write: () throws -> Void) -> String? {
    do {
        try write()
        return nil
    } catch {
        return "\(error)"
    }
}

@Test func replacingAFileKeepsItsPermissionBits() throws {
    let directory = try scratchDirectory()
    let path = "\(directory)/private.yaml"
    try "old".write(toFile: path, atomically: false, encoding: .utf8)
    chmod(path, 0o600)
    try AtomicFileWriter.write("new", to: path)
    #expect(contents(path) == "new")
    #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["private.yaml"])
}

@Test func aSymbolicLinkIsWrittenThroughAndStaysALink() throws {
    let directory = try scratchDirectory()
    try "old".write(toFile: "\(directory)/target.yaml", atomically: false, encoding: .utf8)
    try FileManager.default.createSymbolicLink(atPath: "\(directory)/link.yaml", withDestinationPath: "target.yaml")
    try AtomicFileWriter.write("new", to: "\(directory)/link.yaml")
    #expect(fileType("\(directory)/link.yaml") == S_IFLNK)
    #expect(contents("\(directory)/target.yaml") == "new")
    try FileManager.default.createSymbolicLink(atPath: "\(directory)/dangling.yaml", withDestinationPath: "missing.yaml")
    #expect(failure { try AtomicFileWriter.write("x", to: "\(directory)/dangling.yaml") }
        == "\(directory)/dangling.yaml: error: cannot write: it is a symbolic link to a file that does not exist")
    #expect(fileType("\(directory)/missing.yaml") == 0)
}

@Test func aFileWithHardLinksIsRefusedAndKeepsItsContent() throws {
    let directory = try scratchDirectory()
    try "old".write(toFile: "\(directory)/one.yaml", atomically: false, encoding: .utf8)
    #expect(link("\(directory)/one.yaml", "\(directory)/two.yaml") == 0)
    #expect(failure { try AtomicFileWriter.write("new", to: "\(directory)/one.yaml") }
        == "\(directory)/one.yaml: error: cannot write: it has 2 hard links; replacing it would leave the other names "
            + "with the old content (write to another path, or remove the other links)")
    #expect(contents("\(directory)/one.yaml") == "old")
    #expect(contents("\(directory)/two.yaml") == "old")
}

@Test func aDeviceIsWrittenIntoNeverReplaced() {
    #expect(failure { try AtomicFileWriter.write("graph", to: "/dev/full") }
        == "/dev/full: error: cannot write: No space left on device")
    #expect(fileType("/dev/full") == S_IFCHR)
    #expect(failure { try AtomicFileWriter.write("graph", to: "/dev/null") } == nil)
    #expect(fileType("/dev/null") == S_IFCHR)
}

@Test func aFIFOIsWrittenIntoWhenReadAndRefusedWhenNot() throws {
    let directory = try scratchDirectory()
    let path = "\(directory)/pipe"
    #expect(mkfifo(path, 0o600) == 0)
    // Nothing reads it: refused at once rather than waited on.
    #expect(failure { try AtomicFileWriter.write("graph", to: path) }
        == "\(path): error: cannot write: it is a FIFO that nothing is reading")
    let reader = open(path, O_RDONLY | O_NONBLOCK)
    #expect(reader >= 0)
    defer { close(reader) }
    try AtomicFileWriter.write("graph", to: path)
    var buffer = [UInt8](repeating: 0, count: 16)
    let count = read(reader, &buffer, buffer.count)
    #expect(String(decoding: buffer.prefix(max(count, 0)), as: UTF8.self) == "graph")
    #expect(fileType(path) == S_IFIFO)
}

@Test func missingAndUnwritablePlacesAreNamed() throws {
    let directory = try scratchDirectory()
    #expect(failure { try AtomicFileWriter.write("x", to: "\(directory)/missing/out.yaml") }
        == "\(directory)/missing/out.yaml: error: cannot write: no such directory '\(directory)/missing'")
    try "file".write(toFile: "\(directory)/plain", atomically: false, encoding: .utf8)
    #expect(failure { try AtomicFileWriter.write("x", to: "\(directory)/plain/out.yaml") }
        == "\(directory)/plain/out.yaml: error: cannot write: '\(directory)/plain' is not a directory")
    #expect(failure { try AtomicFileWriter.write("x", to: directory) } == "\(directory): error: cannot write: it is a directory")
    // /proc exists but takes no new files; creating one there fails with ENOENT.
    #expect(failure { try AtomicFileWriter.write("x", to: "/proc/actorgraph-test") }
        == "/proc/actorgraph-test: error: cannot write: the directory '/proc' does not take new files (is it a special file system?)")
}

@Test func aBatchThatFailsChangesNoneOfItsFiles() throws {
    let directory = try scratchDirectory()
    try "old edges".write(toFile: "\(directory)/edges.csv", atomically: false, encoding: .utf8)
    let result = failure {
        try AtomicFileWriter.write([(Data("new edges".utf8), "\(directory)/edges.csv"),
                                    (Data("nodes".utf8), "\(directory)/missing/nodes.csv")])
    }
    #expect(result == "\(directory)/missing/nodes.csv: error: cannot write: no such directory '\(directory)/missing'")
    #expect(contents("\(directory)/edges.csv") == "old edges")
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["edges.csv"])
}
