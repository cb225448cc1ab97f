/// The tab-separated fields of one line, as byte ranges into it.
struct TabSeparatedFields {
    private(set) var starts: [Int] = []
    private(set) var ends: [Int] = []
    private var line = UnsafeRawBufferPointer(start: nil, count: 0)

    /// Splits `line` at every tab, reusing the storage of the previous split.
    mutating func split(_ line: UnsafeRawBufferPointer) {
        self.line = line
        starts.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        var start = 0
        for index in 0..<line.count where line[index] == UInt8(ascii: "\t") {
            starts.append(start)
            ends.append(index)
            start = index + 1
        }
        starts.append(start)
        ends.append(line.count)
    }

    /// The number of fields.
    var count: Int { starts.count }

    /// Field `index` as text, trimmed of spaces.
    func text(_ index: Int) -> String {
        var start = starts[index]
        var end = ends[index]
        while start < end, line[start] == UInt8(ascii: " ") { start += 1 }
        while end > start, line[end - 1] == UInt8(ascii: " ") { end -= 1 }
        return String(decoding: UnsafeRawBufferPointer(rebasing: line[start..<end]), as: UTF8.self)
    }

    /// The 1-based character column where field `index` starts.
    func column(_ index: Int) -> Int { EventLines.column(ofByte: starts[index], in: line) }
}
