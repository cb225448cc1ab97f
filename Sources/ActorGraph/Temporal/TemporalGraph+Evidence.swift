extension TemporalGraph {
    /// Evidence as a reader sees it: `“the quoted words” (reference, p. 69-71)`, or the
    /// reference alone when there is no quote. The reference is the source's entry in
    /// ``sources`` (its key when the graph has no entry).
    public func text(of evidence: Evidence) -> String {
        var reference = sources[evidence.source] ?? evidence.source
        if let pages = evidence.pages { reference += ", p. " + pages }
        guard let quote = evidence.quote else { return reference }
        return "\u{201C}\(quote)\u{201D} (\(reference))"
    }
}
