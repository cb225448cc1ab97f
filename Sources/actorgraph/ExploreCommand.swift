import ActorGraph
import ActorGraphGraphviz
import ArgumentParser
import Foundation

/// `actorgraph explore FILE [-o page.html]`: one offline page that shows the graph on any day.
struct ExploreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explore",
        abstract: "Write one offline HTML page that shows the graph on any day, with filters and every relation's evidence.",
        discussion: """
        The union of all relations is laid out once; the page hides what is not active on the chosen day \
        (#date, a slider, arrow keys), switches to certainly active relations (#certain), filters kinds \
        (#kind-filter), finds actors (#search), counts what it draws (#relation-count, as snapshot counts), \
        and shows a clicked relation's or actor's dates and evidence (#details). The URL hash keeps the view.
        """)

    @OptionGroup var input: GraphFileOptions

    @OptionGroup var drawing: DiagramCommandOptions

    @Option(name: .shortAndLong, help: "Write the page to this file (default: FILE's name with .html).")
    var output: String?

    func run() throws {
        let path = output ?? ((input.file as NSString).deletingPathExtension + ".html")
        try InputProtection.check(output: path, graph: input.file)
        let graph = try input.load()
        let union = RelationDiagram(snapshot: graph.wholeGraph(), options: drawing.diagramOptions)
        reportLayout(union, command: "explore")
        let page = try reportingGraphvizErrors { try ExplorerPage.html(graph: graph, options: drawing.diagramOptions) }
        try emit(page, to: path)
        printError("explore: \(path): \(graph.actors.count) actors, \(graph.relations.count) relations")
    }
}
