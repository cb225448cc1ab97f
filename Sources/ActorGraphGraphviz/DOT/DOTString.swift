import ActorGraph

/// Escaping of text for DOT's double-quoted strings.
///
/// Graphviz's lexer reads `\"` as a quote and keeps every other backslash pair as it is;
/// label-like attributes (Graphviz's *escString*) then read `\\` as one backslash and
/// `\n` as a line break, and labels and SVG output read `&name;` as a character entity.
/// So doubling each backslash, escaping each quote and writing `&` as `&amp;` makes any
/// text one inert token: it can neither end the string early nor add attributes or
/// statements, and labels show exactly the characters given.
public enum DOTString {
    /// `text` between double quotes, safe as any DOT id or attribute value.
    ///
    /// Line feeds become `\n` (a centred line break in labels) and carriage returns are
    /// dropped; other control characters, which XML output could not carry, become spaces.
    ///
    /// ```swift
    /// DOTString.quoted(#"say "hi"\now"#)   // "say \"hi\"\\now"
    /// ```
    public static func quoted(_ text: String) -> String {
        var output = "\""
        appendEscaped(text, to: &output)
        output += "\""
        return output
    }

    /// Lines quoted as one string, each ended by `\l` so that Graphviz left-justifies it.
    public static func quotedLeftJustified(_ lines: [String]) -> String {
        var output = "\""
        for line in lines {
            appendEscaped(line, to: &output)
            output += "\\l"
        }
        output += "\""
        return output
    }

    /// Appends `text` escaped for the inside of a DOT double-quoted string.
    static func appendEscaped(_ text: String, to output: inout String) {
        ScalarEscaping.append(text, to: &output) { scalar in
            switch scalar {
            case "\"": "\\\""
            case "\\": "\\\\"
            case "&": "&amp;"
            case "\n": "\\n"
            case "\r": ""  // CR LF is one break; a lone CR is dropped
            default: scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) ? " " : nil
            }
        }
    }
}

extension DOTString {
    /// The text Graphviz's parser keeps for `text` written through ``quoted(_:)``: a node's
    /// name as `agnameof` returns it, an attribute as `agget` returns it (escString
    /// sequences such as `\\` and `\n` are expanded only when drawing).
    ///
    /// Graphviz's lexer turns `\"` into `"` and keeps every other backslash pair as it is.
    public static func afterParsing(_ text: String) -> String {
        var escaped = ""
        appendEscaped(text, to: &escaped)
        var result = ""
        var scalars = escaped.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "\\", let next = scalars.next() else {
                result.unicodeScalars.append(scalar)
                continue
            }
            if next != "\"" { result.unicodeScalars.append(scalar) }
            result.unicodeScalars.append(next)
        }
        return result
    }
}
