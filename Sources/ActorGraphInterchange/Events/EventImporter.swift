import ActorGraph
import Foundation

/// Turns coded event data (GDELT 2.0 and 1.0, ICEWS, ACLED) into a relation graph.
///
/// Inputs are read as they come: plain, gzipped or zipped (recognized by their first bytes),
/// several in one run as if concatenated, or standard input (`-`). Each input is cut into
/// chunks at line ends; chunks are parsed on several threads at once and merged in file
/// order (``EventMerger``), so that the graph is the same for any number of threads. No
/// input is ever held whole: memory follows the relations made.
///
/// Each event's CAMEO code goes through a ``CAMEOMapping`` to a relation kind; events of the
/// same two actors and kind join into one relation over the days from the first to the last
/// when at most the merge gap lies between them (for symmetric kinds A-B and B-A join). A
/// relation's weight is its number of events (ACLED: plus their fatalities); its note gives
/// the events, mentions, mean Goldstein score and CAMEO codes (ACLED: fatalities and event
/// types); its citations are the source URLs (GDELT), story ids (ICEWS) or event ids with
/// their notes as quotes (ACLED, kinds through an ``ACLEDMapping``) of its first events by
/// day and id. Unmapped codes are counted, not silently
/// dropped. A line that breaks the layout (a wrong number of columns, a date that cannot be
/// read) is an error at its line and column, and the import gives no graph.
public enum EventImporter {
    /// Progress of a running import, reported after each chunk.
    public struct Progress: Sendable {
        /// Input bytes read so far (compressed bytes for compressed inputs).
        public var bytesRead: Int
        /// The inputs' total size in bytes, when every input is a regular file.
        public var totalBytes: Int?
        /// Event lines read so far.
        public var events: Int
        /// Relations made so far.
        public var relations: Int
        /// Events with unmapped codes so far.
        public var unmapped: Int
    }

    /// The most errors reported before an import stops reading.
    static let maximumErrors = 100

    /// Reads the event file at `path` into a graph.
    public static func importEvents(path: String, options: EventImportOptions,
                                    progress: ((Progress) -> Void)? = nil) throws(LoadError)
        -> (graph: TemporalGraph, summary: EventImportSummary) {
        try importEvents(paths: [path], options: options, progress: progress)
    }

    /// Reads the event files at `paths` (`-` is standard input), in order, into one graph:
    /// the graph their concatenation gives.
    public static func importEvents(paths: [String], options: EventImportOptions,
                                    progress: ((Progress) -> Void)? = nil) throws(LoadError)
        -> (graph: TemporalGraph, summary: EventImportSummary) {
        var gathering = EventGathering(options: options)
        _ = try gathering.gather(paths: paths, progress: progress)
        let graph = try gathering.makeGraph()
        return (graph, gathering.summary)
    }

    /// Reads the event files at `paths` into `merger`, adding to `summary`.
    package static func gather(paths: [String], options: EventImportOptions, into merger: inout EventMerger,
                               summary: inout EventImportSummary, progress: ((Progress) -> Void)? = nil) throws(LoadError) {
        if options.format != .gdelt, options.minimumMentions > 0 {
            throw LoadError([Diagnostic(file: paths.first ?? "-", line: 1, column: 1,
                                        message: "\(options.format.displayName) events carry no mention counts; "
                                            + "a minimum of mentions applies to GDELT")])
        }
        if paths.filter({ $0 == "-" }).count > 1 {
            throw LoadError([Diagnostic(file: "<stdin>", line: 1, column: 1, message: "standard input (-) is named more than once")])
        }
        let format = options.format
        let reader = EventChunkReader(inputs: paths, chunkSize: options.chunkSize, maximumLineBytes: options.maximumLineBytes, quoted: format.isQuoted) {
            format.parser(header: $0)
        }
        reader.headerless = format.headerlessParser
        let totalBytes: Int? = paths.contains("-") ? nil : paths.reduce(0) { total, path in
            var status = stat()
            guard let total, stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
            return total + Int(status.st_size)
        }
        let kinds = EventKindVocabulary(options: options)
        let work = ChunkWork(kinds: kinds, options: options)
        var lines = EventLineCounter()
        var diagnostics: [Diagnostic] = []

        func merge(_ chunk: EventChunk, _ result: EventChunkResult) {
            let base = lines.base(of: chunk, lineCount: result.lineCount)
            for problem in result.diagnostics where diagnostics.count < maximumErrors {
                diagnostics.append(Diagnostic(file: chunk.partName, line: base + problem.line + 1, column: problem.column,
                                              message: problem.message))
                if diagnostics.count == maximumErrors {
                    diagnostics.append(Diagnostic(file: chunk.partName, line: base + problem.line + 1, column: 1,
                                                  message: "stopped after \(maximumErrors) errors"))
                }
            }
            merger.absorb(result, summary: &summary)
            progress?(Progress(bytesRead: chunk.inputBytesRead, totalBytes: totalBytes, events: summary.eventsRead,
                               relations: merger.runCount, unmapped: summary.unmappedEvents))
        }

        var failure: EventChunkReader.Failure?
        let pool = options.threads > 1 ? ChunkWorkers(count: options.threads, work: work) : nil
        var pending: [ChunkJob] = []
        let window = options.threads + 1
        reading: while diagnostics.count < maximumErrors {
            while pending.count < window {
                let chunk: EventChunk?
                do {
                    chunk = try reader.next()
                } catch {
                    failure = error
                    break reading
                }
                guard let chunk else { break }
                if let pool {
                    let job = ChunkJob(chunk: chunk)
                    pending.append(job)
                    pool.submit(job)
                } else {
                    merge(chunk, work.run(chunk))
                    if diagnostics.count >= maximumErrors { break reading }
                }
            }
            guard !pending.isEmpty else { break }
            let job = pending.removeFirst()
            job.finished.wait()
            merge(job.chunk, job.result!)
        }
        // What was read before a failure still counts: its lines place the failure.
        for job in pending {
            job.finished.wait()
            if diagnostics.count < maximumErrors { merge(job.chunk, job.result!) }
        }
        pool?.stop()
        if let failure {
            let line = failure.headerColumn != nil ? 1 : lines.next(inPartNamed: failure.file)
            diagnostics.append(Diagnostic(file: failure.file, line: line, column: failure.headerColumn ?? 1,
                                          message: failure.message))
        }
        if !diagnostics.isEmpty { throw LoadError(diagnostics) }
    }
}

/// Line numbers across the chunks of each part, as they are merged in order.
struct EventLineCounter {
    private var part = -1
    private var partName = ""
    private var linesSoFar = 0

    /// The number of lines before `chunk` in its part; counts the chunk's lines.
    mutating func base(of chunk: EventChunk, lineCount: Int) -> Int {
        if chunk.part != part {
            part = chunk.part
            partName = chunk.partName
            linesSoFar = 0
        }
        if chunk.startsPart { linesSoFar = chunk.linesBefore }
        let base = linesSoFar
        linesSoFar += lineCount
        return base
    }

    /// The line after the last one counted in the part named `name` (1 for a part not begun).
    func next(inPartNamed name: String) -> Int { name == partName ? linesSoFar + 1 : 1 }
}

/// What a worker does with a chunk: parse it into a table and join its events into runs.
struct ChunkWork: Sendable {
    let kinds: EventKindVocabulary
    let options: EventImportOptions

    func run(_ chunk: EventChunk) -> EventChunkResult {
        var table = EventChunkTable(kinds: kinds, minimumMentions: options.minimumMentions)
        let lineCount = chunk.parser.parse(chunk.bytes, into: &table)
        return table.finish(gap: options.mergeGapDays, maximumCitations: options.maximumCitations, lineCount: lineCount)
    }
}

/// A chunk handed to a worker, and its result once `finished` is signalled.
final class ChunkJob: @unchecked Sendable {
    let chunk: EventChunk
    /// Written by the worker before it signals `finished`; read only after waiting on it.
    var result: EventChunkResult?
    let finished = DispatchSemaphore(value: 0)

    init(chunk: EventChunk) { self.chunk = chunk }
}

/// Threads that parse chunks as they are submitted. ``stop()`` waits for them to end, so
/// nothing of an import outlives it (the threads hold the workers only while they run).
final class ChunkWorkers: @unchecked Sendable {
    private let condition = NSCondition()
    private var queue: [ChunkJob] = []
    private var stopping = false
    private let running = DispatchGroup()

    init(count: Int, work: ChunkWork) {
        for _ in 0..<count {
            running.enter()
            let thread = Thread { [self] in
                while let job = take() {
                    job.result = work.run(job.chunk)
                    job.finished.signal()
                }
                running.leave()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    func submit(_ job: ChunkJob) {
        condition.lock()
        queue.append(job)
        condition.signal()
        condition.unlock()
    }

    private func take() -> ChunkJob? {
        condition.lock()
        defer { condition.unlock() }
        while queue.isEmpty, !stopping { condition.wait() }
        return queue.isEmpty ? nil : queue.removeFirst()
    }

    /// Lets the threads end once the queue is empty, and waits until they have.
    func stop() {
        condition.lock()
        stopping = true
        condition.broadcast()
        condition.unlock()
        running.wait()
    }
}
