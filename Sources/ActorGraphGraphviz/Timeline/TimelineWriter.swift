import ActorGraph
import Foundation

/// Writes a timeline to a directory: one image per frame, named by its date, and `index.html`.
public enum TimelineWriter {
    /// Why a timeline could not be written.
    public enum WriteError: Error, CustomStringConvertible {
        /// Graphviz failed.
        case graphviz(GraphvizError)
        /// A file could not be written.
        case file(AtomicFileWriter.WriteError)

        public var description: String {
            switch self {
            case let .graphviz(error): return "error: \(error)"
            case let .file(error): return error.description
            }
        }
    }

    /// Renders every frame of `timeline` as `format` (`.svg` or `.png`) into `directory` (which
    /// must exist) with its `index.html`, all written before any is put in place, then removes
    /// the frames an earlier timeline left there (files named like `2001-09-22.svg` or `.png`
    /// that this one did not write). Other files in the directory are left alone. Returns
    /// the paths written and Graphviz's warnings.
    public static func write(_ timeline: Timeline, format: RenderFormat, to directory: String) throws(WriteError)
        -> (paths: [String], warnings: [String]) {
        let outputs: [GraphvizRenderer.Output]
        do {
            outputs = try timeline.render(as: format)
        } catch {
            throw .graphviz(error)
        }
        let images = zip(timeline.frames, outputs).map { frame, output in
            TimelinePage.FrameImage(fileName: "\(frame.day).\(format.fileExtension)", format: format, data: output.data)
        }
        var files = images.map { (data: $0.data, path: (directory as NSString).appendingPathComponent($0.fileName)) }
        files.append((Data(TimelinePage.html(timeline: timeline, images: images).utf8),
                      (directory as NSString).appendingPathComponent("index.html")))
        do {
            try AtomicFileWriter.write(files)
        } catch {
            throw .file(error)
        }
        removeEarlierFrames(in: directory, keeping: Set(images.map(\.fileName)))
        return (files.map(\.path), outputs.flatMap(\.warnings))
    }

    /// Whether `name` is what a timeline calls a frame: an ISO date with an image extension.
    static func isFrameName(_ name: String) -> Bool {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, ["svg", "png"].contains(parts[1]) else { return false }
        let date = Array(parts[0].utf8)
        guard date.count == 10, date[4] == UInt8(ascii: "-"), date[7] == UInt8(ascii: "-") else { return false }
        return date.enumerated().allSatisfy { index, byte in index == 4 || index == 7 || (byte >= 48 && byte <= 57) }
    }

    private static func removeEarlierFrames(in directory: String, keeping written: Set<String>) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for name in names where isFrameName(name) && !written.contains(name) {
            let path = (directory as NSString).appendingPathComponent(name)
            var status = stat()
            if lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG { unlink(path) }
        }
    }
}
