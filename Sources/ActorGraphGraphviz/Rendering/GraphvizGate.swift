import CGraphviz
import Foundation

/// The single gate every call into libgvc and cgraph passes through.
///
/// Graphviz is not thread-safe, not even for reading, and keeps its error state in globals.
/// So one process-wide lock serializes every call, and while it is held Graphviz's messages
/// go to a callback (`agseterrf`) that collects them, instead of to standard error.
enum GraphvizGate {
    private static let lock = NSLock()
    /// What Graphviz wrote during the current gated call. Only touched with `lock` held.
    nonisolated(unsafe) private static var capturedText = ""
    /// The process's one Graphviz context, made on first use. Only touched with `lock` held.
    ///
    /// It is kept rather than made and freed per call because Graphviz 2.42 never frees the
    /// plugin configuration text each `gvContext()` reads (3,662 bytes lost per context under
    /// valgrind); one context makes that a single fixed allocation, and later calls skip
    /// reloading the plugins.
    nonisolated(unsafe) private static var sharedContext: OpaquePointer?

    /// The shared context; call with the gate held.
    static func context(_ messages: GraphvizMessages) throws(GraphvizError) -> OpaquePointer {
        if let sharedContext { return sharedContext }
        guard let context = gvContext() else {
            throw GraphvizError(stage: .context, message: messages.errorText(or: "gvContext() failed"))
        }
        sharedContext = context
        return context
    }

    /// Runs `body` with the gate held and Graphviz's messages collected into `messages`.
    static func run<Result>(_ body: (inout GraphvizMessages) throws(GraphvizError) -> Result) throws(GraphvizError) -> Result {
        lock.lock()
        defer { lock.unlock() }
        capturedText = ""
        let previousHandler = agseterrf { piece in
            if let piece { GraphvizGate.capturedText += String(cString: piece) }
            return 0
        }
        defer { agseterrf(previousHandler) }
        agreseterrors()
        var messages = GraphvizMessages(source: { capturedText })
        return try body(&messages)
    }
}

/// Graphviz's messages during one gated call, split into errors and warnings.
struct GraphvizMessages {
    let source: () -> String

    /// Every message so far: `(isError, text)`, prefixes and trailing line feeds removed.
    var all: [(isError: Bool, text: String)] {
        var result: [(Bool, String)] = []
        for line in source().split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("Error: ") {
                result.append((true, String(line.dropFirst(7))))
            } else if line.hasPrefix("Warning: ") {
                result.append((false, String(line.dropFirst(9))))
            } else if !result.isEmpty {
                result[result.count - 1].1 += " " + line.trimmingCharacters(in: .whitespaces)
            } else {
                result.append((true, line.trimmingCharacters(in: .whitespaces)))
            }
        }
        return result
    }

    /// The error messages, joined; or `fallback` when Graphviz said nothing.
    func errorText(or fallback: String) -> String {
        let errors = all.filter(\.isError).map(\.text)
        return errors.isEmpty ? fallback : errors.joined(separator: "; ")
    }

    /// The warnings.
    var warnings: [String] { all.filter { !$0.isError }.map(\.text) }
}
