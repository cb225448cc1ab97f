import Foundation

/// Lists of text (aliases, citations) carried in a single attribute value of GraphML, GEXF
/// or a node table.
///
/// A list is written joined by `;` (what the CSV edge list reads for citations), unless an
/// element holds a `;`, starts or ends with a space, is empty, or the text would start
/// with `[`: then it is written as a JSON array of strings, so that every list reads back
/// exactly.
///
/// ```swift
/// ListText.encode(["CIA", "Agency"])   // "CIA;Agency"
/// ListText.encode(["a;b"])             // "[\"a;b\"]"
/// ```
package enum ListText {
    /// The attribute text for `elements`; empty for an empty list.
    package static func encode(_ elements: [String]) -> String {
        let needsJSON = elements.contains { element in
            element.isEmpty || element.utf8.contains(UInt8(ascii: ";")) || element.utf8.first == UInt8(ascii: " ")
                || element.utf8.last == UInt8(ascii: " ")
        } || elements.first?.utf8.first == UInt8(ascii: "[")
        if needsJSON { return JSONValue.array(elements.map(JSONValue.string)).serialized() }
        return elements.joined(separator: ";")
    }

    /// The list in `text`: a JSON array of strings when the text is one, else the parts
    /// between `;`, trimmed of spaces, empty ones left out.
    package static func decode(_ text: String) -> [String] {
        if text.first == "[", let data = text.data(using: .utf8),
           let array = try? JSONSerialization.jsonObject(with: data) as? [String] {
            return array
        }
        return text.split(separator: ";").map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
