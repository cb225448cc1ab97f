/// What a relation rests on: a source (a key of the graph's ``TemporalGraph/sources``), the
/// pages, and the source's own words.
///
/// ```yaml
/// evidence:
///   - { source: rashid2008, pages: "69-71", quote: "Uzbekistan is the key country" }
/// ```
///
/// A relation's `citations` are the shorthand for evidence that names only a source.
public struct Evidence: Hashable, Sendable {
    /// The key of the source in the graph's `sources`.
    public var source: String
    /// The pages, as written ("69-71"), or nil.
    public var pages: String?
    /// The words of the source, verbatim, or nil.
    public var quote: String?

    /// Creates evidence.
    public init(source: String, pages: String? = nil, quote: String? = nil) {
        self.source = source
        self.pages = pages
        self.quote = quote
    }
}
