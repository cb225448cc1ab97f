import Foundation

extension Evidence {
    /// `{"source": ..., "pages": ..., "quote": ...}`, leaving out what is absent: the form of
    /// snapshot JSON and of the `evidence` attribute of GraphML and GEXF.
    package var jsonValue: JSONValue {
        var members: [(String, JSONValue)] = [("source", .string(source))]
        if let pages { members.append(("pages", .string(pages))) }
        if let quote { members.append(("quote", .string(quote))) }
        return .object(members)
    }

    /// A list of evidence as one JSON text, empty for an empty list.
    package static func jsonText(_ list: [Evidence]) -> String {
        list.isEmpty ? "" : JSONValue.array(list.map(\.jsonValue)).serialized()
    }

    /// The list in a JSON text written by ``jsonText(_:)``, or nil when the text is not one.
    package static func list(jsonText text: String) -> [Evidence]? {
        guard let data = text.data(using: .utf8),
              let array = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]] else { return nil }
        var result: [Evidence] = []
        for entry in array {
            guard let source = entry["source"] as? String else { return nil }
            result.append(Evidence(source: source, pages: entry["pages"] as? String, quote: entry["quote"] as? String))
        }
        return result
    }
}

extension Relation {
    /// Everything the relation rests on: each citation as evidence naming only its source,
    /// then the evidence written out.
    public var allEvidence: [Evidence] {
        citations.map { Evidence(source: $0) } + evidence
    }
}
