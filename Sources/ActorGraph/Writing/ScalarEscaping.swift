/// The loop every escaper of the project shares (JSON, YAML, DOT, markup): text copied scalar by
/// scalar, each scalar the format's table replaces written as its replacement instead.
///
/// Working on Unicode scalars rather than characters means a combining mark after a quote or
/// backslash never hides it from escaping.
///
/// ```swift
/// var output = ""
/// ScalarEscaping.append("a\"b", to: &output) { $0 == "\"" ? "\\\"" : nil }   // a\"b
/// ScalarEscaping.hexDigits(0x1B, width: 4)                                      // 001b
/// ```
package enum ScalarEscaping {
    /// Appends `text` to `output`, writing each scalar for which `replacement` returns a string as
    /// that string (an empty one drops the scalar) and every other scalar as it is.
    @inlinable
    package static func append(_ text: String, to output: inout String,
                               replacing replacement: (Unicode.Scalar) -> String?) {
        for scalar in text.unicodeScalars {
            if let replaced = replacement(scalar) {
                output += replaced
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
    }

    /// `value` in hexadecimal, padded with zeros to at least `width` digits.
    package static func hexDigits(_ value: UInt32, width: Int, uppercase: Bool = false) -> String {
        let digits = String(value, radix: 16, uppercase: uppercase)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
