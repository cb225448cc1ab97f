/// Finds where bytes stop being UTF-8, so that a file that is not UTF-8 is refused at the
/// line and column of its first bad byte rather than repaired (two ids `x\xFF` and `x\xFE`
/// must not both become `x\u{FFFD}` and silently merge).
package enum UTF8Validation {
    /// The offset of the first byte that does not begin or continue a well-formed UTF-8
    /// sequence (overlong forms, surrogates and code points past U+10FFFF included), or nil.
    package static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
        // Checked in place: a large file is not copied to find that it is well-formed.
        if (try? UTF8Span(validating: bytes.span)) != nil { return nil }
        var offset = 0
        while offset < bytes.count {
            let length = sequenceLength(bytes, at: offset)
            guard length > 0 else { return offset }
            offset += length
        }
        return nil
    }

    /// Throws a diagnostic at the first byte that is not UTF-8, if any.
    package static func check(_ bytes: [UInt8], file: String) throws(LoadError) {
        guard let offset = firstInvalidOffset(in: bytes) else { return }
        let position = SourcePosition(ofByte: offset, in: bytes)
        let hex = String(bytes[offset], radix: 16, uppercase: true)
        throw LoadError([Diagnostic(file: file, position: position,
                                    message: "byte 0x\(hex.count == 1 ? "0" : "")\(hex) is not UTF-8 text; "
                                        + "the file must be UTF-8 (convert it first, e.g. with iconv)")])
    }

    /// The length of the well-formed sequence at `offset`, or 0.
    private static func sequenceLength(_ bytes: [UInt8], at offset: Int) -> Int {
        let lead = bytes[offset]
        func continuation(_ index: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
            offset + index < bytes.count && range.contains(bytes[offset + index])
        }
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: return continuation(1) ? 2 : 0
        case 0xE0: return continuation(1, 0xA0...0xBF) && continuation(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF: return continuation(1) && continuation(2) ? 3 : 0
        case 0xED: return continuation(1, 0x80...0x9F) && continuation(2) ? 3 : 0
        case 0xF0: return continuation(1, 0x90...0xBF) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF1...0xF3: return continuation(1) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF4: return continuation(1, 0x80...0x8F) && continuation(2) && continuation(3) ? 4 : 0
        default: return 0
        }
    }
}
