extension SourcePosition {
    /// The line and column of the byte at `offset` in UTF-8 `bytes`: lines end at LF, and
    /// columns count Unicode scalars (bytes that do not continue a sequence).
    package init<Bytes: Collection<UInt8>>(ofByte offset: Int, in bytes: Bytes) {
        var line = 1
        var column = 1
        for byte in bytes.prefix(offset) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        self.init(line: line, column: column)
    }
}
