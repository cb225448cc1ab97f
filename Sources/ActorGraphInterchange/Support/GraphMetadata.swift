import ActorGraph
import Foundation
import OrderedCollections

/// What a graph holds besides actors and relations (title, description, sources, declared
/// kinds), carried through GraphML and GEXF as JSON text so that a round trip keeps it.
struct GraphMetadata {
    var title: String?
    var description: String?
    var sources = OrderedDictionary<String, String>()
    var declaredKinds: [RelationKind] = []

    init(title: String? = nil, description: String? = nil) {
        self.title = title
        self.description = description
    }

    /// The sources as a JSON array of `[key, reference]` pairs (an array keeps their order).
    static func sourcesJSON(_ sources: OrderedDictionary<String, String>) -> String {
        JSONValue.array(sources.map { .array([.string($0.key), .string($0.value)]) }).serialized()
    }

    /// The declared kinds as a JSON array of kind objects in the graph file's schema.
    static func kindsJSON(_ kinds: [RelationKind]) -> String {
        JSONValue.array(kinds.map(GraphDocumentWriter.kindValue)).serialized()
    }

    /// Reads ``sourcesJSON(_:)`` text, or says what is wrong with it.
    static func sources(fromJSON text: String) -> Result<OrderedDictionary<String, String>, MetadataError> {
        guard let pairs = jsonObject(text) as? [[Any]] else {
            return .failure(MetadataError("expected a JSON array of [key, reference] pairs"))
        }
        var sources = OrderedDictionary<String, String>()
        for pair in pairs {
            guard pair.count == 2, let key = pair[0] as? String, let reference = pair[1] as? String else {
                return .failure(MetadataError("expected a JSON array of [key, reference] pairs"))
            }
            sources[key] = reference
        }
        return .success(sources)
    }

    /// Reads ``kindsJSON(_:)`` text, or says what is wrong with it.
    static func kinds(fromJSON text: String) -> Result<[RelationKind], MetadataError> {
        guard let objects = jsonObject(text) as? [[String: Any]] else {
            return .failure(MetadataError("expected a JSON array of relation kinds"))
        }
        var kinds: [RelationKind] = []
        for object in objects {
            guard let id = object["id"] as? String, !id.isEmpty else {
                return .failure(MetadataError("a relation kind has no 'id'"))
            }
            guard let toneText = object["tone"] as? String, let tone = Tone(rawValue: toneText) else {
                return .failure(MetadataError("kind '\(id)': 'tone' must be cooperative, neutral or conflictual"))
            }
            guard let goldstein = (object["goldstein"] as? NSNumber)?.doubleValue else {
                return .failure(MetadataError("kind '\(id)': 'goldstein' must be a number"))
            }
            let directed = (object["directed"] as? NSNumber)?.boolValue ?? true
            kinds.append(RelationKind(id: id, label: object["label"] as? String, directed: directed, tone: tone,
                                      cameoCode: object["cameo"] as? String, goldstein: goldstein))
        }
        return .success(kinds)
    }

    private static func jsonObject(_ text: String) -> Any? {
        guard let data = text.data(using: .utf8) else { return nil }
        return try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
    }
}

/// Why metadata text could not be read.
struct MetadataError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
