import ActorGraph
import ArgumentParser

/// `--vagueness soon=14d,...`: how long the vague words of relative dates are read to be,
/// so that a conclusion can be tried against a wider or narrower reading.
struct VaguenessOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Durations of vague words, overriding the file's 'vagueness' table and the built-in ones "
            + "(soon=7d, shortly=7d, days=10d, later=..).",
        valueName: "word=Nd|Nw|Nm|..,..."),
        transform: { text throws(VaguenessError) in try Vagueness(parsing: text) })
    var vagueness: Vagueness?
}
