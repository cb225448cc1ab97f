import ArgumentParser

/// The formats a command can write; ``standard`` is what it writes without `--format`.
protocol OutputFormat: RawRepresentable<String>, ExpressibleByArgument, CaseIterable {
    /// The format written when `--format` is not given.
    static var standard: Self { get }
}

/// `--format` and `-o`: what a command writes and where.
struct OutputOptions<Format: OutputFormat>: ParsableArguments {
    @Option(help: ArgumentHelp("Output format: \(Self.choices)."))
    var format: Format = .standard

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    /// "table, csv or json".
    private static var choices: String {
        let names = Format.allCases.map(\.rawValue)
        return names.count < 2 ? names.joined() : names.dropLast().joined(separator: ", ") + " or " + names.last!
    }
}
