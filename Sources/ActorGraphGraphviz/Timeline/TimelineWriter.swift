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
    /// must exist), then writes `index.html`. Returns the paths written and Graphviz's warnings.
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
        var paths: [String] = []
        do {
            for image in images {
                let path = (directory as NSString).appendingPathComponent(image.fileName)
                try AtomicFileWriter.write(image.data, to: path)
                paths.append(path)
            }
            let index = (directory as NSString).appendingPathComponent("index.html")
            try AtomicFileWriter.write(TimelinePage.html(timeline: timeline, images: images), to: index)
            paths.append(index)
        } catch {
            throw .file(error)
        }
        return (paths, outputs.flatMap(\.warnings))
    }
}
