import ActorGraph

/// Who held influence and when: centrality of every actor at each of a sequence of days, rank
/// changes between consecutive days, and the relations that started and ended in between.
///
/// Build it from a graph and the days to look at, then write it with ``markdown()``,
/// ``csvText()``, ``jsonValue()`` or ``html(diagram:)``.
///
/// ```swift
/// let days = graph.days(from: first, to: last, every: .changes)
/// let report = InfluenceReport(graph: graph, days: days)
/// print(report.markdown())
/// ```
public struct InfluenceReport: Sendable {
    /// What the report measures and how it forms each day's graph.
    public struct Options: Sendable {
        /// The measures, in the order tables show them.
        public var measures: [CentralityMeasure]
        /// Which relations count on each day: certainty, kinds, tones and actor kinds.
        public var filter: RelationFilter
        /// How each day's snapshot becomes a graph.
        public var graphOptions: CompactGraphOptions
        /// The measures' parameters.
        public var settings: CentralitySettings
        /// How many actors each ranking, mover list and chart shows.
        public var top: Int
        /// Whether to count, for every actor, whom it could have reached and certainly reached
        /// by each date along time-respecting paths from the first date (``ReachCounts``).
        public var countsReach: Bool
        /// The longest stay at an actor on those paths, in days (nil: any).
        public var reachMaxWait: Int?

        /// Betweenness (brokers), degree, eigenvector, PageRank and HITS hubs on the directed,
        /// unweighted graph of every relation possibly active, top 5.
        public init(measures: [CentralityMeasure] = InfluenceReport.defaultMeasures, filter: RelationFilter = .all,
                    graphOptions: CompactGraphOptions = CompactGraphOptions(),
                    settings: CentralitySettings = CentralitySettings(), top: Int = 5, countsReach: Bool = false,
                    reachMaxWait: Int? = nil) {
            self.countsReach = countsReach
            self.reachMaxWait = reachMaxWait
            self.measures = measures
            self.filter = filter
            self.graphOptions = graphOptions
            self.settings = settings
            self.top = max(top, 1)
        }

        /// The options in words, for headers: "undirected, unweighted, all tones".
        public var summary: String {
            AnalysisSummary.text(filter: filter, graphOptions: graphOptions, settings: settings)
        }
    }

    /// The measures a report shows unless told otherwise.
    public static let defaultMeasures: [CentralityMeasure] = [.betweenness, .degree, .eigenvector, .pagerank, .hubs]

    /// One actor's change on one measure between two consecutive days.
    public struct Movement: Sendable, Hashable {
        /// The actor's id.
        public var actor: String
        /// The score on the earlier day (nil when the actor had no relation then).
        public var previousScore: Double?
        /// The score on the later day (nil when the actor has no relation then).
        public var score: Double?
        /// Ranks on the two days (1 is highest; nil when absent).
        public var previousRank: Int?
        public var rank: Int?
        /// `score - previousScore`, an absent actor counting 0.
        public var change: Double
    }

    /// The report for one day.
    public struct Period: Sendable {
        /// The day.
        public let day: Day
        /// The snapshot the scores come from.
        public let snapshot: Snapshot
        /// Nodes and edges of the day's graph.
        public let actorCount: Int
        public let edgeCount: Int
        /// Every measure's scores; labels are actor ids.
        public let scores: CentralityScores
        /// Each node's rank on each measure (1 is highest; equal scores share a rank).
        public let ranks: [CentralityMeasure: [Int]]
        /// Relations whose active days begin after the previous day and by this one (for the
        /// first day: those active on it), in file order.
        public let started: [Int32]
        /// Relations whose active days end on or after the previous day and before this one.
        public let ended: [Int32]
        /// The largest rises and falls since the previous day, per measure (empty on the first day).
        public let risers: [CentralityMeasure: [Movement]]
        public let fallers: [CentralityMeasure: [Movement]]

        /// Each actor's node number in this day's graph.
        let nodeOfActor: [String: Int]

        /// The node number of an actor in this day's graph.
        public func node(of actor: String) -> Int? { nodeOfActor[actor] }

        /// The actor's score on `measure`, or nil when it is absent or the measure failed.
        public func score(_ measure: CentralityMeasure, of actor: String) -> Double? {
            guard let node = node(of: actor) else { return nil }
            return scores.values[measure]?[node]
        }

        /// The actor's rank on `measure`, or nil.
        public func rank(_ measure: CentralityMeasure, of actor: String) -> Int? {
            guard let node = node(of: actor) else { return nil }
            return ranks[measure]?[node]
        }

        /// Node numbers ordered by `measure`, highest first (ties in node order), at most `count`.
        public func leaders(_ measure: CentralityMeasure, count: Int) -> [Int] {
            guard let values = scores.values[measure] else { return [] }
            return Array(values.indices.sorted { values[$0] != values[$1] ? values[$0] > values[$1] : $0 < $1 }.prefix(count))
        }
    }

    /// The graph reported on.
    public let graph: TemporalGraph
    /// The options used.
    public let options: Options
    /// One period per day, in order.
    public let periods: [Period]
    /// Each day's blocs, balance and brokers, blocs followed from day to day.
    public let blocTimeline: BlocTimeline
    /// Reach from the first day by each day, when ``Options/countsReach`` asks for it.
    public let reachCounts: ReachCounts?

    /// Computes the report for `days` (sorted and de-duplicated first).
    public init(graph: TemporalGraph, days: [Day], options: Options = Options()) {
        self.graph = graph
        self.options = options
        let days = Array(Set(days)).sorted()
        var periods: [Period] = []
        periods.reserveCapacity(days.count)
        let changes = graph.changes(leadingTo: days, filter: options.filter)
        for (index, day) in days.enumerated() {
            let snapshot = graph.snapshot(at: day, filter: options.filter)
            let compact = CompactGraph(snapshot: snapshot, options: options.graphOptions)
            let scores = compact.centrality(options.measures, settings: options.settings)
            let nodeOfActor = Dictionary(uniqueKeysWithValues: scores.labels.enumerated().map { ($1, $0) })
            var ranks: [CentralityMeasure: [Int]] = [:]
            for (measure, values) in scores.values { ranks[measure] = InfluenceReport.competitionRanks(values) }
            // The first day lists every relation active on it, as the start of the story.
            let started = index == 0 ? snapshot.relationPositions : changes[index].started
            let ended = index == 0 ? [] : changes[index].ended
            var risers: [CentralityMeasure: [Movement]] = [:]
            var fallers: [CentralityMeasure: [Movement]] = [:]
            if let previous = periods.last {
                for measure in options.measures {
                    let movements = InfluenceReport.movements(measure, from: previous, toScores: scores, ranks: ranks,
                                                              nodeOfActor: nodeOfActor)
                    risers[measure] = Array(movements.filter { $0.change > 1e-12 }
                        .sorted { $0.change != $1.change ? $0.change > $1.change : $0.actor < $1.actor }.prefix(options.top))
                    fallers[measure] = Array(movements.filter { $0.change < -1e-12 }
                        .sorted { $0.change != $1.change ? $0.change < $1.change : $0.actor < $1.actor }.prefix(options.top))
                }
            }
            periods.append(Period(day: day, snapshot: snapshot, actorCount: compact.nodeCount, edgeCount: compact.edgeCount,
                                  scores: scores, ranks: ranks, started: started, ended: ended,
                                  risers: risers, fallers: fallers, nodeOfActor: nodeOfActor))
        }
        self.periods = periods
        self.reachCounts = options.countsReach && !days.isEmpty
            ? ReachCounts(graph: graph, start: days[0], days: days, maxWait: options.reachMaxWait, filter: options.filter)
            : nil
        self.blocTimeline = BlocTimeline(snapshots: periods.map(\.snapshot), weighting: options.graphOptions.weighting,
                                         top: options.top)
    }

    /// Ranks 1, 2, 2, 4, ... by descending score; scores within 1e-12 of each other tie.
    static func competitionRanks(_ values: [Double]) -> [Int] {
        let order = values.indices.sorted { values[$0] > values[$1] }
        var ranks = [Int](repeating: 0, count: values.count)
        for (position, node) in order.enumerated() {
            if position > 0, abs(values[order[position - 1]] - values[node]) <= 1e-12 {
                ranks[node] = ranks[order[position - 1]]
            } else {
                ranks[node] = position + 1
            }
        }
        return ranks
    }

    private static func movements(_ measure: CentralityMeasure, from previous: Period, toScores scores: CentralityScores,
                                  ranks: [CentralityMeasure: [Int]], nodeOfActor: [String: Int]) -> [Movement] {
        guard let current = scores.values[measure] else { return [] }
        var actors = scores.labels
        for label in previous.scores.labels where nodeOfActor[label] == nil { actors.append(label) }
        return actors.map { actor in
            let node = nodeOfActor[actor]
            let score = node.map { current[$0] }
            let previousScore = previous.score(measure, of: actor)
            return Movement(actor: actor, previousScore: previousScore, score: score,
                            previousRank: previous.rank(measure, of: actor), rank: node.flatMap { ranks[measure]?[$0] },
                            change: (score ?? 0) - (previousScore ?? 0))
        }
    }

    /// The display name of an actor id.
    public func name(of actor: String) -> String { graph.actor(id: actor)?.name ?? actor }

    /// The actors a chart of `measure` follows: those ever among the top ``Options/top``,
    /// ordered by their highest score, at most `limit`.
    public func chartedActors(_ measure: CentralityMeasure, limit: Int? = nil) -> [String] {
        var peak: [String: Double] = [:]
        for period in periods {
            guard let values = period.scores.values[measure] else { continue }
            for node in period.leaders(measure, count: options.top) where values[node] > 0 {
                peak[period.scores.labels[node], default: 0] = max(peak[period.scores.labels[node], default: 0], values[node])
            }
        }
        let order = peak.keys.sorted { peak[$0]! != peak[$1]! ? peak[$0]! > peak[$1]! : $0 < $1 }
        return Array(order.prefix(limit ?? options.top))
    }

    /// A relation described in words: ``ActorGraph/TemporalGraph/sentence(for:)``.
    public func sentence(for position: Int32) -> String {
        graph.sentence(for: graph.relations[Int(position)])
    }

    /// The evidence a relation rests on, as readers see it: the quoted words with their
    /// reference and pages, or the full reference a citation names.
    public func citations(for position: Int32) -> [String] {
        graph.relations[Int(position)].allEvidence.map(graph.text(of:))
    }
}
