import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A parsed XML document for checking writer output with XPath: libxml2's own tree and
/// XPath engine, independent of the event-based reader ActorGraph uses.
struct XMLCheck {
    let document: XMLDocument

    init(_ text: String) throws {
        document = try XMLDocument(data: Data(text.utf8), options: [])
    }

    /// The elements with this local name anywhere in the document.
    func elements(_ localName: String) throws -> [XMLElement] {
        try document.nodes(forXPath: "//*[local-name()='\(localName)']").compactMap { $0 as? XMLElement }
    }

    /// The nodes an XPath expression selects.
    func nodes(_ xpath: String) throws -> [XMLNode] {
        try document.nodes(forXPath: xpath)
    }
}

extension XMLElement {
    /// The value of an attribute, or nil.
    func value(_ name: String) -> String? {
        // Looked up by scanning: `attribute(forName:)` misses some attributes in FoundationXML.
        attributes?.first { $0.name == name }?.stringValue
    }

    /// The child elements with this local name.
    func children(_ localName: String) -> [XMLElement] {
        (children ?? []).compactMap { $0 as? XMLElement }.filter { $0.localName == localName }
    }
}
