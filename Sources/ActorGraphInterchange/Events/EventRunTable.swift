/// Runs of events kept in flat arrays of plain records: each run's event codes and
/// citations are linked lists of nodes in shared arrays, and citation text lives in one
/// byte array, so that making, merging and freeing runs allocates nothing per run.
///
/// A chunk builds one table from its events; the ``EventMerger`` keeps one for the whole
/// import and copies each chunk's runs into it.
struct EventRunTable {
    /// A run of events joined into one relation.
    struct Run {
        var first: Int32
        var last: Int32
        var events = 0
        var mentions = 0
        /// The sum of Goldstein scores in thousandths, and how many events had one.
        var goldsteinSum: Int64 = 0
        var goldsteinCount = 0
        /// The sum of what events add to the weight besides their count (ACLED's fatalities).
        var weight: Int64 = 0
        /// The first node of the run's code counts and of its citations (-1: none).
        var codes: Int32 = -1
        var citations: Int32 = -1
        /// The neighbouring runs of the same key, by day (-1: none).
        var previous: Int32 = -1
        var next: Int32 = -1
    }

    /// One event code of a run and its count.
    struct CodeNode {
        var code: Int32
        var count: Int
        var next: Int32
    }

    /// One citation of a run: its day, and where its id, reference and quote are in ``text``.
    struct CitationNode {
        var day: Int32
        var start: Int
        var idLength: Int32
        var referenceLength: Int32
        var quoteLength: Int32
        var next: Int32
    }

    private(set) var runs: [Run] = []
    private(set) var codeNodes: [CodeNode] = []
    private(set) var citationNodes: [CitationNode] = []
    /// Citation text: ids, references and quotes one after the other.
    private(set) var text: [UInt8]
    private var freeRuns: [Int32] = []
    private var freeCodeNodes: [Int32] = []
    private var freeCitationNodes: [Int32] = []
    /// Bytes of ``text`` that live citations use (the rest is left by citations displaced).
    private var liveText = 0

    init(text: [UInt8] = []) {
        self.text = text
        liveText = text.count
    }

    subscript(run: Int32) -> Run {
        get { runs[Int(run)] }
        _modify { yield &runs[Int(run)] }
    }

    /// A new run on one day.
    mutating func makeRun(day: Int32) -> Int32 {
        let run = Run(first: day, last: day)
        if let reused = freeRuns.popLast() {
            runs[Int(reused)] = run
            return reused
        }
        runs.append(run)
        return Int32(runs.count - 1)
    }

    /// Adds `times` to the count of `code` in `run`.
    @inline(__always)
    mutating func count(code: Int32, times: Int, in run: Int32) {
        var node = runs[Int(run)].codes
        while node >= 0 {
            if codeNodes[Int(node)].code == code {
                codeNodes[Int(node)].count += times
                return
            }
            node = codeNodes[Int(node)].next
        }
        let made = CodeNode(code: code, count: times, next: runs[Int(run)].codes)
        if let reused = freeCodeNodes.popLast() {
            codeNodes[Int(reused)] = made
            runs[Int(run)].codes = reused
        } else {
            codeNodes.append(made)
            runs[Int(run)].codes = Int32(codeNodes.count - 1)
        }
    }

    /// The run's codes and counts.
    func codes(of run: Int32) -> [(code: Int32, count: Int)] {
        var result: [(code: Int32, count: Int)] = []
        var node = runs[Int(run)].codes
        while node >= 0 {
            result.append((codeNodes[Int(node)].code, codeNodes[Int(node)].count))
            node = codeNodes[Int(node)].next
        }
        return result
    }

    /// The bytes of a citation's id, reference and quote.
    @inline(__always)
    func withCitation<Result>(_ node: Int32,
                              _ body: (_ id: UnsafeRawBufferPointer, _ reference: UnsafeRawBufferPointer,
                                       _ quote: UnsafeRawBufferPointer) -> Result) -> Result {
        let citation = citationNodes[Int(node)]
        return text.withUnsafeBytes { text in
            let idEnd = citation.start + Int(citation.idLength)
            let referenceEnd = idEnd + Int(citation.referenceLength)
            return body(UnsafeRawBufferPointer(rebasing: text[citation.start..<idEnd]),
                        UnsafeRawBufferPointer(rebasing: text[idEnd..<referenceEnd]),
                        UnsafeRawBufferPointer(rebasing: text[referenceEnd..<(referenceEnd + Int(citation.quoteLength))]))
        }
    }

    /// The citation nodes of a run, first first.
    func citations(of run: Int32) -> [Int32] {
        var result: [Int32] = []
        var node = runs[Int(run)].citations
        while node >= 0 {
            result.append(node)
            node = citationNodes[Int(node)].next
        }
        return result
    }

    /// Whether citation `first` comes before `second`: by day, then id (shorter first, so
    /// that numeric ids sort as numbers, then byte by byte), then reference: SQL's
    /// `ORDER BY day, length(id), id, reference`. Citations equal in all of these are
    /// interchangeable.
    @inline(__always)
    func precedes(_ first: Int32, _ second: Int32) -> Bool {
        let a = citationNodes[Int(first)]
        let b = citationNodes[Int(second)]
        if a.day != b.day { return a.day < b.day }
        if a.idLength != b.idLength { return a.idLength < b.idLength }
        return withCitation(first) { firstID, firstReference, _ in
            withCitation(second) { secondID, secondReference, _ in
                if EventChunkTable.same(firstID, secondID) { return firstReference.bytesPrecede(secondReference) }
                return firstID.bytesPrecede(secondID)
            }
        }
    }

    /// A citation node for text already in ``text`` (a chunk's own event text).
    mutating func makeCitation(day: Int32, start: Int, idLength: Int32, referenceLength: Int32, quoteLength: Int32) -> Int32 {
        let node = CitationNode(day: day, start: start, idLength: idLength, referenceLength: referenceLength,
                                quoteLength: quoteLength, next: -1)
        if let reused = freeCitationNodes.popLast() {
            citationNodes[Int(reused)] = node
            return reused
        }
        citationNodes.append(node)
        return Int32(citationNodes.count - 1)
    }

    /// Puts citation `node` into the run's sorted list of at most `limit`; a citation that
    /// does not make it is freed.
    mutating func offer(_ node: Int32, to run: Int32, limit: Int) {
        var previous: Int32 = -1
        var current = runs[Int(run)].citations
        var position = 0
        while current >= 0, !precedes(node, current) {
            previous = current
            current = citationNodes[Int(current)].next
            position += 1
        }
        guard position < limit else { return release(citation: node) }
        citationNodes[Int(node)].next = current
        if previous >= 0 { citationNodes[Int(previous)].next = node } else { runs[Int(run)].citations = node }
        // Past the limit, the last one goes.
        var kept = position + 1
        var walker = node
        while citationNodes[Int(walker)].next >= 0 {
            let next = citationNodes[Int(walker)].next
            if kept == limit {
                citationNodes[Int(walker)].next = -1
                var dropped = next
                while dropped >= 0 {
                    let following = citationNodes[Int(dropped)].next
                    release(citation: dropped)
                    dropped = following
                }
                break
            }
            kept += 1
            walker = next
        }
    }

    private mutating func release(citation node: Int32) {
        let citation = citationNodes[Int(node)]
        liveText -= Int(citation.idLength + citation.referenceLength + citation.quoteLength)
        freeCitationNodes.append(node)
    }

    /// Adds run `other` to run `run` and frees `other` (both of this table).
    mutating func absorb(_ other: Int32, into run: Int32, maximumCitations: Int) {
        let absorbed = runs[Int(other)]
        runs[Int(run)].first = min(runs[Int(run)].first, absorbed.first)
        runs[Int(run)].last = max(runs[Int(run)].last, absorbed.last)
        runs[Int(run)].events += absorbed.events
        runs[Int(run)].mentions += absorbed.mentions
        runs[Int(run)].goldsteinSum += absorbed.goldsteinSum
        runs[Int(run)].goldsteinCount += absorbed.goldsteinCount
        runs[Int(run)].weight += absorbed.weight
        var node = absorbed.codes
        while node >= 0 {
            let code = codeNodes[Int(node)]
            count(code: code.code, times: code.count, in: run)
            freeCodeNodes.append(node)
            node = code.next
        }
        var citation = absorbed.citations
        while citation >= 0 {
            let next = citationNodes[Int(citation)].next
            offer(citation, to: run, limit: maximumCitations)
            citation = next
        }
        freeRuns.append(other)
    }

    /// Copies run `run` of `other` into this table as a new run, renumbering its codes through
    /// `codeNumbers` and copying its citations' text; returns the new run.
    mutating func copy(_ run: Int32, of other: EventRunTable, codeNumbers: [Int32]) -> Int32 {
        let source = other.runs[Int(run)]
        let made = makeRun(day: source.first)
        runs[Int(made)].last = source.last
        runs[Int(made)].events = source.events
        runs[Int(made)].mentions = source.mentions
        runs[Int(made)].goldsteinSum = source.goldsteinSum
        runs[Int(made)].goldsteinCount = source.goldsteinCount
        runs[Int(made)].weight = source.weight
        var node = source.codes
        while node >= 0 {
            let code = other.codeNodes[Int(node)]
            count(code: codeNumbers[Int(code.code)], times: code.count, in: made)
            node = code.next
        }
        var last: Int32 = -1
        var citation = source.citations
        while citation >= 0 {
            let from = other.citationNodes[Int(citation)]
            let length = Int(from.idLength + from.referenceLength + from.quoteLength)
            let start = text.count
            other.text.withUnsafeBytes { text.append(contentsOf: UnsafeRawBufferPointer(rebasing: $0[from.start..<(from.start + length)])) }
            liveText += length
            let copied = makeCitation(day: from.day, start: start, idLength: from.idLength,
                                      referenceLength: from.referenceLength, quoteLength: from.quoteLength)
            if last >= 0 { citationNodes[Int(last)].next = copied } else { runs[Int(made)].citations = copied }
            last = copied
            citation = from.next
        }
        return made
    }

    /// Adds a citation after the last one of `run`, its text copied in: for citations that
    /// come already sorted and trimmed (those an earlier import kept).
    mutating func appendCitation(day: Int32, id: [UInt8], reference: [UInt8], quote: [UInt8], to run: Int32) {
        let start = text.count
        text.append(contentsOf: id)
        text.append(contentsOf: reference)
        text.append(contentsOf: quote)
        liveText += id.count + reference.count + quote.count
        let made = makeCitation(day: day, start: start, idLength: Int32(id.count), referenceLength: Int32(reference.count),
                                quoteLength: Int32(quote.count))
        guard var last = runs[Int(run)].citations >= 0 ? runs[Int(run)].citations : nil else {
            runs[Int(run)].citations = made
            return
        }
        while citationNodes[Int(last)].next >= 0 { last = citationNodes[Int(last)].next }
        citationNodes[Int(last)].next = made
    }

    /// Frees a run with its codes and citations (its relation has been made).
    mutating func free(_ run: Int32) {
        var node = runs[Int(run)].codes
        while node >= 0 {
            freeCodeNodes.append(node)
            node = codeNodes[Int(node)].next
        }
        var citation = runs[Int(run)].citations
        while citation >= 0 {
            let next = citationNodes[Int(citation)].next
            release(citation: citation)
            citation = next
        }
        freeRuns.append(run)
    }

    /// Rewrites ``text`` with only the live citations' bytes when displaced ones take more
    /// than half of it, so that text follows the relations kept, not the events read.
    mutating func compactTextIfWasteful() {
        guard text.count > 1 << 24, text.count > 2 * liveText else { return }
        var isFree = [Bool](repeating: false, count: citationNodes.count)
        for node in freeCitationNodes { isFree[Int(node)] = true }
        var compacted: [UInt8] = []
        compacted.reserveCapacity(liveText)
        text.withUnsafeBytes { old in
            for index in citationNodes.indices where !isFree[index] {
                let node = citationNodes[index]
                let length = Int(node.idLength + node.referenceLength + node.quoteLength)
                citationNodes[index].start = compacted.count
                compacted.append(contentsOf: UnsafeRawBufferPointer(rebasing: old[node.start..<(node.start + length)]))
            }
        }
        text = compacted
        liveText = compacted.count
    }
}
