import ActorGraph

/// Turns coded event data (GDELT 2.0, ICEWS) into a relation graph.
///
/// The file is read in chunks and never held whole. Each event's CAMEO code goes through a
/// ``CAMEOMapping`` to a relation kind; events of the same two actors and kind join into one
/// relation over the days from the first to the last when at most the merge gap lies
/// between them (for symmetric kinds A-B and B-A join). A relation's weight is its number
/// of events; its note gives the events, mentions, mean Goldstein score and CAMEO codes;
/// its citations are the source URLs (GDELT) or story ids (ICEWS) of its first events.
/// Unmapped codes are counted, not silently dropped. A line that breaks the layout (a
/// wrong number of columns, a date that cannot be read) is an error at its line and
/// column, and the import gives no graph.
public enum EventImporter {
    /// Progress of a running import, reported every 100,000 lines.
    public struct Progress: Sendable {
        /// Lines read so far.
        public var lines: Int
        /// Event lines read so far.
        public var events: Int
        /// Relations made so far.
        public var relations: Int
        /// Events with unmapped codes so far.
        public var unmapped: Int
    }

    /// Reads the event file at `path` into a graph.
    public static func importEvents(path: String, options: EventImportOptions,
                                    progress: ((Progress) -> Void)? = nil) throws(LoadError)
        -> (graph: TemporalGraph, summary: EventImportSummary) {
        if options.format == .icews, options.minimumMentions > 0 {
            throw LoadError([Diagnostic(file: path, line: 1, column: 1,
                                        message: "ICEWS events carry no mention counts; a minimum of mentions applies to GDELT")])
        }
        let reader = try ChunkedLineReader(path: path)
        var state = EventImportState(options: options)
        var fields = TabSeparatedFields()
        let gdelt = GDELTLineParser()
        var icews = ICEWSLineParser()
        var diagnostics: [Diagnostic] = []
        let maximumErrors = 100
        try reader.forEachLine { line, number in
            if number == 1, let problem = archiveProblem(line) {
                diagnostics.append(Diagnostic(file: path, line: 1, column: 1, message: problem))
                return false
            }
            if line.isEmpty { return true }
            fields.split(line)
            let parsed: EventLine
            switch options.format {
            case .gdelt: parsed = gdelt.parse(fields)
            case .icews: parsed = number == 1 ? icews.parseHeader(fields) : icews.parse(fields)
            }
            switch parsed {
            case .header: break
            case let .failure(column, message):
                diagnostics.append(Diagnostic(file: path, line: number, column: column, message: message))
                if diagnostics.count >= maximumErrors {
                    diagnostics.append(Diagnostic(file: path, line: number, column: 1,
                                                  message: "stopped after \(maximumErrors) errors"))
                    return false
                }
            case .withoutTwoActors:
                state.summary.eventsRead += 1
                state.summary.withoutTwoActors += 1
            case let .event(event):
                state.summary.eventsRead += 1
                state.add(event)
            }
            if let progress, number % 100_000 == 0 {
                progress(Progress(lines: number, events: state.summary.eventsRead, relations: state.merger.runCount,
                                  unmapped: state.summary.unmappedEvents))
            }
            return true
        }
        if !diagnostics.isEmpty { throw LoadError(diagnostics) }
        do {
            let graph = try state.makeGraph(file: path)
            return (graph, state.summary)
        } catch {
            throw LoadError(error.problems.map { Diagnostic(file: path, line: 1, column: 1, message: $0.description) })
        }
    }

    /// A message when the file's first bytes show a compressed archive rather than text.
    private static func archiveProblem(_ line: UnsafeBufferPointer<UInt8>) -> String? {
        if line.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return "this is a zip archive; unzip it and import the file inside" }
        if line.starts(with: [0x1F, 0x8B]) { return "this is a gzip file; gunzip it first" }
        return nil
    }
}
