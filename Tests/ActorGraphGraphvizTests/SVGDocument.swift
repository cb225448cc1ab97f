import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An SVG file read with Foundation's XML parser: Graphviz's node and edge groups, their
/// titles, texts and shape coordinates.
struct SVGDocument {
    struct Group {
        var className: String
        var id: String
        var title = ""
        var texts: [String] = []
        /// Coordinates of the group's first shape: ellipse centre or polygon/path points.
        var shapePoints: [(Double, Double)] = []
        /// The first word of the class: `node`, `edge` or `cluster`.
        var kind: String { String(className.split(separator: " ").first ?? "") }
    }

    var groups: [Group] = []
    var allTexts: [String] = []
    /// The ids of every `g` element whose id starts with `a_` (Graphviz's groups around
    /// anchors: tooltips, links, HTML-like label cells).
    var anchorIDs: [String] = []

    init(data: Data) throws {
        let delegate = Delegate()
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        guard parser.parse() else {
            throw ParseError(message: parser.parserError.map { "\($0)" } ?? "XML parse failed")
        }
        groups = delegate.groups
        allTexts = delegate.allTexts
        anchorIDs = delegate.anchorIDs
    }

    struct ParseError: Error { var message: String }

    /// Node groups (class `node`, then any classes given).
    var nodes: [Group] { groups.filter { $0.kind == "node" } }
    /// Edge groups (class `edge`, then any classes given: `edge began`).
    var edges: [Group] { groups.filter { $0.kind == "edge" } }
    var nodeTitles: [String] { nodes.map(\.title) }

    /// The centre of each node's shape, by node title.
    var nodeCenters: [String: (Double, Double)] {
        var result: [String: (Double, Double)] = [:]
        for node in nodes where !node.shapePoints.isEmpty {
            let xs = node.shapePoints.map(\.0), ys = node.shapePoints.map(\.1)
            result[node.title] = (((xs.min() ?? 0) + (xs.max() ?? 0)) / 2, ((ys.min() ?? 0) + (ys.max() ?? 0)) / 2)
        }
        return result
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        var groups: [Group] = []
        var allTexts: [String] = []
        var anchorIDs: [String] = []
        private var current: Group?
        private var depthInGroup = 0
        private var element = ""
        private var text = ""

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            element = name
            text = ""
            if name == "g", let id = attributes["id"], id.hasPrefix("a_") { anchorIDs.append(id) }
            let kind = attributes["class"].map { String($0.split(separator: " ").first ?? "") }
            if name == "g", current == nil, let className = attributes["class"], let kind, ["node", "edge", "cluster"].contains(kind) {
                current = Group(className: className, id: attributes["id"] ?? "")
                depthInGroup = 0
            }
            if current != nil && name == "g" { depthInGroup += 1 }
            guard current != nil, current!.shapePoints.isEmpty else { return }
            if name == "ellipse", let cx = attributes["cx"].flatMap(Double.init), let cy = attributes["cy"].flatMap(Double.init) {
                current!.shapePoints = [(cx, cy)]
            } else if name == "polygon" || name == "polyline", let points = attributes["points"] {
                current!.shapePoints = Self.points(points)
            } else if name == "path", let path = attributes["d"] {
                current!.shapePoints = Self.points(path.replacingOccurrences(of: "M", with: " ").replacingOccurrences(of: "C", with: " "))
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "title", current != nil { current!.title = text }
            if name == "text" {
                allTexts.append(text)
                current?.texts.append(text)
            }
            if name == "g", current != nil {
                depthInGroup -= 1
                if depthInGroup == 0 {
                    groups.append(current!)
                    current = nil
                }
            }
            text = ""
        }

        static func points(_ text: String) -> [(Double, Double)] {
            text.split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap { pair in
                let numbers = pair.split(separator: ",").compactMap { Double($0) }
                return numbers.count == 2 ? (numbers[0], numbers[1]) : nil
            }
        }
    }
}
