import ActorGraphGraphviz
import ArgumentParser

/// `--engine`, `--labels` and `--no-legend`: how `render` and `timeline` draw diagrams.
struct DiagramCommandOptions: ParsableArguments {
    /// The layout engines offered on the command line.
    enum Engine: String, ExpressibleByArgument, CaseIterable {
        case dot, neato, fdp, sfdp, circo
    }

    @Option(help: "Graphviz layout engine: neato (spring model), dot (layers), fdp, sfdp or circo.")
    var engine: Engine = .neato

    @Flag(help: "Label every relation with its kind and dates.")
    var labels = false

    @Flag(name: .customLong("no-legend"), help: "Leave the legend out.")
    var noLegend = false

    /// The diagram options these flags ask for.
    var diagramOptions: DiagramOptions {
        DiagramOptions(engine: LayoutEngine(rawValue: engine.rawValue), edgeLabels: labels, legend: !noLegend)
    }
}

/// Prints Graphviz's warnings to standard error, each as one `warning: graphviz: ...` line.
func reportGraphvizWarnings(_ warnings: [String]) {
    for warning in Set(warnings).sorted() { printError("warning: graphviz: \(warning)") }
}

/// Runs `body`, turning a Graphviz failure into `error: ...` on standard error and exit status 1.
func reportingGraphvizErrors<Result>(_ body: () throws -> Result) throws -> Result {
    do {
        return try body()
    } catch let error as GraphvizError {
        printError("error: \(error)")
        throw ExitCode.failure
    }
}
