extension Set<String> {
    /// Inserts `base`, or when it is taken the first of `numbered(base, 2)`, `numbered(base, 3)`, ...
    /// that is free, and returns the name inserted: how derived relation ids and bloc names stay
    /// distinct.
    ///
    /// ```swift
    /// var used: Set = ["us-supports-na"]
    /// used.insertFresh("us-supports-na") { "\($0)-\($1)" }   // "us-supports-na-2"
    /// ```
    package mutating func insertFresh(_ base: String, numbered: (_ base: String, _ number: Int) -> String) -> String {
        var candidate = base
        var number = 2
        while contains(candidate) {
            candidate = numbered(base, number)
            number += 1
        }
        insert(candidate)
        return candidate
    }
}
