import ActorGraphGraphviz
import ArgumentParser

/// `--engine`, `--labels` and `--no-legend`: how `render` and `timeline` draw diagrams.
struct DiagramCommandOptions: ParsableArguments {
    /// The layout engines offered on the command line.
    enum Engine: String, ExpressibleByArgument, CaseIterable {
        case dot, neato, fdp, sfdp, circo
    }

    /// The edge routings offered on the command line.
    enum Splines: String, ExpressibleByArgument, CaseIterable {
        case `true`, line, curved, polyline, ortho
    }

    @Option(help: "Graphviz layout engine: neato (spring model), dot (layers), fdp, sfdp or circo. Default: by size, neato up to \(DiagramLayout.neatoLimit) actors, sfdp above.")
    var engine: Engine?

    @Option(help: "Graphviz edge routing: true (around nodes), line (straight), curved, polyline, ortho. Default: by size, true up to \(DiagramLayout.routedLimit) actors, line above.")
    var splines: Splines?

    @Flag(help: "Label every relation with its kind and dates.")
    var labels = false

    @Flag(name: .customLong("no-legend"), help: "Leave the legend out.")
    var noLegend = false

    @Flag(name: .customLong("no-merge"), help: "Draw one edge per relation instead of one per actor pair and direction.")
    var noMerge = false

    /// The diagram options these flags ask for.
    var diagramOptions: DiagramOptions {
        DiagramOptions(engine: engine.map { LayoutEngine(rawValue: $0.rawValue) }, splines: splines?.rawValue, edgeLabels: labels, legend: !noLegend,
                       mergesParallel: !noMerge)
    }
}

/// Says on standard error which engine and edge routing `diagram` is laid out with, and why.
func reportLayout(_ diagram: RelationDiagram, command: String) {
    printError("\(command): layout \(diagram.layout)")
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
