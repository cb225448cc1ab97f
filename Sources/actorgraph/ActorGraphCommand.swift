import ArgumentParser

/// The `actorgraph` command: loads time-stamped actor graphs and answers questions by date.
@main
struct ActorGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actorgraph",
        abstract: "Analyse actors and their relations over time.",
        discussion: """
        FILE is a graph in ActorGraph's YAML or JSON schema, a CSV edge list, GraphML or GEXF.
        Dates are EDTF: 1998, 2001-09, 2001-09-13, with ~ (approximate), ? (uncertain), % (both), or '..' (open); \
        ranges [a..b], [..b], [a..]; unspecified digits 2001-09-1X; relative dates after|before|by|from|on ID[.start|.end] \
        [within Nd|Nw|Nm], with vague words (soon after ID); terms joined with '&'.
        """,
        subcommands: [ValidateCommand.self, SnapshotCommand.self, ChangesCommand.self, DatesCommand.self, RenderCommand.self,
                      TimelineCommand.self, ConvertCommand.self, ImportEventsCommand.self, CentralityCommand.self,
                      CommunitiesCommand.self, BrokerageCommand.self, BalanceCommand.self, ReachCommand.self, ReportCommand.self,
                      ExploreCommand.self]
    )
}
