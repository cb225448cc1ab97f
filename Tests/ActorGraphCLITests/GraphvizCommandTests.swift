import Foundation
import Testing

@Test func renderWithoutOutputPrintsDOTThatNamesTheDate() throws {
    let result = try runActorGraph(["render", bundledGraphPath, "--at", "2001-09-22"])
    #expect(result.status == 0)
    #expect(result.standardOutput.hasPrefix(#"digraph "US basing in Central Asia after 11 September 2001" {"#))
    #expect(result.standardOutput.contains(#"\n2001-09-22""#))
    #expect(result.standardError.isEmpty)
}

@Test func renderWritesTheFormatItsExtensionNames() throws {
    let directory = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let expectations: [(String, [UInt8])] = [
        ("x.svg", Array("<?xml".utf8)), ("x.png", [0x89, 0x50, 0x4E, 0x47]), ("x.pdf", Array("%PDF-".utf8)),
        ("x.dot", Array("digraph".utf8)),
    ]
    for (name, magic) in expectations {
        let path = directory.appendingPathComponent(name).path
        let result = try runActorGraph(["render", bundledGraphPath, "--at", "2001-09-17", "--engine", "dot", "-o", path])
        #expect(result.status == 0, "\(name): \(result.standardError)")
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: path)).prefix(magic.count))
        #expect(bytes == magic, "\(name) starts with \(bytes)")
    }
    // Writing over an existing file replaces it.
    let again = try runActorGraph(["render", bundledGraphPath, "--at", "2001-09-12", "-o", directory.appendingPathComponent("x.svg").path])
    #expect(again.status == 0)
}

@Test func renderRejectsAnUnknownEngineAndExtensionWithoutWriting() throws {
    let directory = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let engine = try runActorGraph(["render", bundledGraphPath, "--at", "2001-09-22", "--engine", "bogus",
                                    "-o", directory.appendingPathComponent("x.svg").path])
    #expect(engine.status != 0)
    #expect(engine.standardError.contains("'bogus' is invalid for '--engine"))
    let fileExtension = try runActorGraph(["render", bundledGraphPath, "--at", "2001-09-22",
                                           "-o", directory.appendingPathComponent("x.jpg").path])
    #expect(fileExtension.status != 0)
    #expect(fileExtension.standardError.contains("must be .svg, .png, .pdf or .dot"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
}

@Test func timelineWritesOneFramePerChangeDayAndAnIndexPage() throws {
    let directory = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = directory.appendingPathComponent("timeline").path
    let result = try runActorGraph(["timeline", bundledGraphPath, "--from", "2001-09-16", "--to", "2001-09-18",
                                    "--every", "1d", "-o", output])
    #expect(result.status == 0, "\(result.standardError)")
    let files = try FileManager.default.contentsOfDirectory(atPath: output).sorted()
    #expect(files == ["2001-09-16.svg", "2001-09-17.svg", "2001-09-18.svg", "index.html"])
    let page = try String(contentsOfFile: output + "/index.html", encoding: .utf8)
    #expect(page.contains(#"<input id="slider" type="range" min="0" max="2""#))
}

@Test func timelineNeedsAWindowAndAValidStep() throws {
    let at = try runActorGraph(["timeline", bundledGraphPath, "--at", "2001-09-16", "--every", "1d", "-o", "/tmp/unused"])
    #expect(at.status != 0)
    #expect(at.standardError.contains("--from DATE --to DATE"))
    let step = try runActorGraph(["timeline", bundledGraphPath, "--from", "2001-09-16", "--to", "2001-09-18",
                                  "--every", "fortnightly", "-o", "/tmp/unused"])
    #expect(step.status != 0)
    #expect(step.standardError.contains("The value 'fortnightly' is invalid for '--every <step>'"))
}

@Test func aTimelineIntoAnEarlierOneReplacesItsFramesAndKeepsOtherFiles() throws {
    let directory = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = directory.appendingPathComponent("timeline").path
    let first = try runActorGraph(["timeline", bundledGraphPath, "--from", "2001-09-16", "--to", "2001-09-18",
                                   "--every", "1d", "-o", output])
    #expect(first.status == 0, "\(first.standardError)")
    try "mine".write(toFile: output + "/notes.txt", atomically: false, encoding: .utf8)
    let second = try runActorGraph(["timeline", bundledGraphPath, "--from", "2001-09-20", "--to", "2001-09-21",
                                    "--every", "1d", "-o", output])
    #expect(second.status == 0, "\(second.standardError)")
    let files = try FileManager.default.contentsOfDirectory(atPath: output).sorted()
    #expect(files == ["2001-09-20.svg", "2001-09-21.svg", "index.html", "notes.txt"])
}
