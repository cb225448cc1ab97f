/// A point in Graphviz's coordinates: points (1/72 inch), y growing upwards.
public struct LayoutPoint: Hashable, Sendable {
    /// Horizontal position.
    public var x: Double
    /// Vertical position.
    public var y: Double

    /// Creates a point.
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }

    /// Reads Graphviz's `x,y` (an optional trailing `!` is ignored).
    public init?(graphvizText text: some StringProtocol) {
        let parts = text.split(separator: ",")
        guard parts.count >= 2, let x = Double(parts[0]),
              let y = Double(parts[1].hasSuffix("!") ? parts[1].dropLast() : parts[1]) else { return nil }
        self.init(x: x, y: y)
    }

    /// The point moved by `offset`.
    public func moved(by offset: LayoutPoint) -> LayoutPoint {
        LayoutPoint(x: x + offset.x, y: y + offset.y)
    }

    /// `x,y` as Graphviz writes it.
    public var graphvizText: String { DOTValue.format(x) + "," + DOTValue.format(y) }
}

/// An axis-aligned rectangle in Graphviz's coordinates.
public struct LayoutBox: Hashable, Sendable {
    /// Lower-left corner.
    public var lower: LayoutPoint
    /// Upper-right corner.
    public var upper: LayoutPoint

    /// Creates a box from its corners.
    public init(lower: LayoutPoint, upper: LayoutPoint) {
        self.lower = lower
        self.upper = upper
    }

    /// Reads Graphviz's `llx,lly,urx,ury`.
    public init?(graphvizText text: some StringProtocol) {
        let numbers = text.split(separator: ",").compactMap { Double($0) }
        guard numbers.count == 4 else { return nil }
        self.init(lower: LayoutPoint(x: numbers[0], y: numbers[1]), upper: LayoutPoint(x: numbers[2], y: numbers[3]))
    }

    /// Width in points.
    public var width: Double { upper.x - lower.x }
    /// Height in points.
    public var height: Double { upper.y - lower.y }

    /// The box moved by `offset`.
    public func moved(by offset: LayoutPoint) -> LayoutBox {
        LayoutBox(lower: lower.moved(by: offset), upper: upper.moved(by: offset))
    }

    /// `llx,lly,urx,ury` as Graphviz writes it.
    public var graphvizText: String { lower.graphvizText + "," + upper.graphvizText }
}

/// An edge's drawn path as Graphviz gives it in `pos`: one or more B-spline pieces, each with
/// optional arrow end points.
public struct EdgePath: Hashable, Sendable {
    /// One piece: `s,x,y` (arrow at the tail), `e,x,y` (arrow at the head), control points.
    public struct Piece: Hashable, Sendable {
        /// Where the tail's arrow points, when it has one.
        public var start: LayoutPoint?
        /// Where the head's arrow points, when it has one.
        public var end: LayoutPoint?
        /// The B-spline's control points.
        public var points: [LayoutPoint]
    }

    /// The pieces, separated by `;` in Graphviz's text.
    public var pieces: [Piece]

    /// Reads Graphviz's `pos` text for an edge.
    public init?(graphvizText text: some StringProtocol) {
        var pieces: [Piece] = []
        for pieceText in text.split(separator: ";") {
            var piece = Piece(start: nil, end: nil, points: [])
            for token in pieceText.split(separator: " ") {
                if token.hasPrefix("s,") || token.hasPrefix("e,") {
                    guard let point = LayoutPoint(graphvizText: token.dropFirst(2)) else { return nil }
                    if token.hasPrefix("s,") { piece.start = point } else { piece.end = point }
                } else {
                    guard let point = LayoutPoint(graphvizText: token) else { return nil }
                    piece.points.append(point)
                }
            }
            if piece.points.isEmpty { return nil }
            pieces.append(piece)
        }
        if pieces.isEmpty { return nil }
        self.pieces = pieces
    }

    /// A path of pieces.
    public init(pieces: [Piece]) {
        self.pieces = pieces
    }

    /// The path moved by `offset`.
    public func moved(by offset: LayoutPoint) -> EdgePath {
        EdgePath(pieces: pieces.map { piece in
            Piece(start: piece.start?.moved(by: offset), end: piece.end?.moved(by: offset),
                  points: piece.points.map { $0.moved(by: offset) })
        })
    }

    /// The `pos` text Graphviz reads back.
    public var graphvizText: String {
        pieces.map { piece in
            var tokens: [String] = []
            if let end = piece.end { tokens.append("e," + end.graphvizText) }
            if let start = piece.start { tokens.append("s," + start.graphvizText) }
            tokens += piece.points.map(\.graphvizText)
            return tokens.joined(separator: " ")
        }.joined(separator: ";")
    }
}
