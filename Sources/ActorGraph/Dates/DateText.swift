/// The UTF-8 bytes of a date expression, read by ranges of byte offsets into the whole
/// expression, so that a part's range is also where an error in it is reported. Parsing
/// this way copies no text: only the parts kept (ids, vague words) become strings.
struct DateText {
    /// The whole expression.
    let bytes: UnsafeBufferPointer<UInt8>

    /// Every offset of the expression.
    var all: Range<Int> { 0..<bytes.count }

    subscript(offset: Int) -> UInt8 { bytes[offset] }

    /// The part as a string (for what is kept, and for messages).
    func string(_ range: Range<Int>) -> String {
        String(decoding: slice(range), as: UTF8.self)
    }

    /// The part's bytes on their own, offset 0 being `range.lowerBound`.
    func slice(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[range])
    }

    /// The part without the spaces around it; all of it spaces gives the empty range at its end.
    func trimmingSpaces(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, bytes[lower] == UInt8(ascii: " ") { lower += 1 }
        while upper > lower, bytes[upper - 1] == UInt8(ascii: " ") { upper -= 1 }
        return lower..<upper
    }

    /// Whether the part is exactly `word` (ASCII).
    func part(_ range: Range<Int>, is word: StaticString) -> Bool {
        guard range.count == word.utf8CodeUnitCount else { return false }
        let letters = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        return zip(range, letters).allSatisfy { bytes[$0] == $1 }
    }

    /// Whether the part ends with `word` (ASCII).
    func part(_ range: Range<Int>, endsWith word: StaticString) -> Bool {
        range.count >= word.utf8CodeUnitCount
            && part(range.upperBound - word.utf8CodeUnitCount..<range.upperBound, is: word)
    }

    /// Whether the part holds the byte.
    func part(_ range: Range<Int>, contains byte: UInt8) -> Bool {
        range.contains { bytes[$0] == byte }
    }

    /// How many times the byte occurs in the part.
    func count(of byte: UInt8, in range: Range<Int>) -> Int {
        range.reduce(0) { $0 + (bytes[$1] == byte ? 1 : 0) }
    }

    /// The pieces of a part between the occurrences of `separator`, empty ones included
    /// (as `split(separator:omittingEmptySubsequences: false)`).
    func pieces(of range: Range<Int>, separatedBy separator: UInt8) -> Pieces {
        Pieces(text: self, end: range.upperBound, separator: separator, nextStart: range.lowerBound)
    }

    /// The pieces of a part, in order; see ``pieces(of:separatedBy:)``.
    struct Pieces: Sequence, IteratorProtocol {
        let text: DateText
        let end: Int
        let separator: UInt8
        var nextStart: Int?

        mutating func next() -> Range<Int>? {
            guard let start = nextStart else { return nil }
            var stop = start
            while stop < end, text[stop] != separator { stop += 1 }
            nextStart = stop < end ? stop + 1 : nil
            return start..<stop
        }
    }
}
