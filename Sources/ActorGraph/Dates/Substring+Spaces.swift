extension Substring {
    /// The text without the spaces around it, as a slice of the same string (no copy).
    var trimmingSurroundingSpaces: Substring {
        var slice = self
        while slice.utf8.first == UInt8(ascii: " ") { slice = slice.dropFirst() }
        while slice.utf8.last == UInt8(ascii: " ") { slice = slice.dropLast() }
        return slice
    }
}
