import ActorGraph
import ArgumentParser

/// How a command reads its graph file: `--vagueness soon=14d,...` (how long the vague words
/// of relative dates are read to be, so that a conclusion can be tried against a wider or
/// narrower reading), and the limits that stop a hostile file, for the rare real file past one.
struct ReadingOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Durations of vague words, overriding the file's 'vagueness' table and the built-in ones "
            + "(soon=7d, shortly=7d, days=10d, later=..).",
        valueName: "word=Nd|Nw|Nm|..,..."),
        transform: { text throws(VaguenessError) in try Vagueness(parsing: text) })
    var vagueness: Vagueness?

    @Option(name: .customLong("max-nesting"),
            help: ArgumentHelp("Refuse a file whose lists, mappings, arrays or XML elements nest deeper than this.",
                               valueName: "levels"))
    var maxNesting = ReadLimits.defaultNestingDepth

    @Option(name: .customLong("max-value-bytes"),
            help: ArgumentHelp("Refuse a file with one value (YAML scalar, JSON string, CSV field or line, XML text "
                + "or attribute) longer than this.", valueName: "bytes"))
    var maxValueBytes = ReadLimits.defaultValueBytes

    @Option(name: .customLong("max-aliased-nodes"),
            help: ArgumentHelp("Refuse a YAML file whose aliases repeat more nodes than this, or than the file "
                + "writes itself if that is more.", valueName: "nodes"))
    var maxAliasedNodes = ReadLimits.defaultAliasedNodes

    func validate() throws {
        for (name, value) in [("--max-nesting", maxNesting), ("--max-value-bytes", maxValueBytes),
                              ("--max-aliased-nodes", maxAliasedNodes)] where value < 1 {
            throw ValidationError("\(name) must be at least 1, not \(value)")
        }
    }

    /// The limits these options set.
    var limits: ReadLimits {
        ReadLimits(nestingDepth: maxNesting, valueBytes: maxValueBytes, aliasedNodes: maxAliasedNodes)
    }
}
