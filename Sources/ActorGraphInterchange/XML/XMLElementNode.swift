import ActorGraph

/// One XML element read whole (a GraphML `<node>`, a GEXF `<edge>` and what they hold), with
/// the position of its start tag. The readers build one at a time from
/// ``XMLPullReader/readElement(_:)`` and drop it once read, so the document never exists
/// as a tree. A value, so that reading one costs no object per element.
struct XMLElementNode {
    /// The local name (namespace prefix removed).
    let name: String
    /// The namespace URI, or nil.
    let namespace: String?
    /// Attributes by qualified name.
    let attributes: XMLAttributes
    /// Where the start tag's `<` is.
    let position: SourcePosition
    /// Child elements in document order.
    var children: [XMLElementNode] = []
    /// The character data directly inside the element. Whitespace next to child elements
    /// (indentation) is not kept.
    var text = ""

    init(_ tag: XMLStartTag) {
        name = tag.name
        namespace = tag.namespace
        attributes = tag.attributes
        position = tag.position
    }

    /// The first child element of that name.
    func child(_ name: String) -> XMLElementNode? { children.first { $0.name == name } }

    /// The child elements of that name.
    func children(named name: String) -> [XMLElementNode] { children.filter { $0.name == name } }
}
