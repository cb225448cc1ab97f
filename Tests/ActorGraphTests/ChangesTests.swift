import Testing
@testable import ActorGraph

private let smallGraph = try! TemporalGraph(
    actors: [Actor(id: "a"), Actor(id: "b"), Actor(id: "c")],
    relations: [
        Relation(id: "meeting", kind: "consults", source: "a", target: "b", start: dated("2001-09-13"), end: dated("2001-09-13")),
        Relation(id: "basing", kind: "allows-basing", source: "b", target: "c", start: dated("2001-09"), end: nil),
        Relation(id: "always", kind: "supports", source: "a", target: "c"),
    ])

@Test func changeDaysAreFirstActiveDaysAndTheDaysAfterLastOnes() {
    #expect(smallGraph.changeDays() == [day(2001, 9, 1), day(2001, 9, 13), day(2001, 9, 14)])
    #expect(smallGraph.changeDays(.certainly) == [day(2001, 9, 13), day(2001, 9, 14), day(2001, 9, 30)])
    let changes = smallGraph.changes()
    #expect(changes.map(\.day) == smallGraph.changeDays())
    #expect(changes[1].started == [0])
    #expect(changes[2].ended == [0])
}

@Test func dateSequencesStepByDaysWeeksMonthsOrChanges() {
    let first = day(2001, 1, 31)
    #expect(smallGraph.days(from: first, to: day(2001, 2, 3), every: .days(1)).count == 4)
    #expect(smallGraph.days(from: first, to: day(2001, 2, 28), every: .weeks(2)) == [first, day(2001, 2, 14), day(2001, 2, 28)])
    #expect(smallGraph.days(from: first, to: day(2001, 5, 1), every: .months(1))
        == [first, day(2001, 2, 28), day(2001, 3, 31), day(2001, 4, 30)])
    #expect(smallGraph.days(from: day(2001, 9, 5), to: day(2001, 12, 31), every: .changes)
        == [day(2001, 9, 5), day(2001, 9, 13), day(2001, 9, 14)])
    #expect(DateStep("7d") == .days(7))
    #expect(DateStep("w") == .weeks(1))
    #expect(DateStep("3m") == .months(3))
    #expect(DateStep("changes") == .changes)
    #expect(DateStep("0d") == nil)
    #expect(DateStep("7y") == nil)
    #expect(DateStep("-1d") == nil)
}

@Test func buildingAGraphReportsEveryBrokenReference() {
    #expect(throws: GraphValidationError.self) {
        try TemporalGraph(actors: [Actor(id: "a")],
                          relations: [Relation(id: "r", kind: "nonsense", source: "a", target: "ghost")])
    }
    let problems = TemporalGraph.problems(
        sources: [:], kinds: [],
        actors: [Actor(id: "a", partOf: "b"), Actor(id: "b", partOf: "a"), Actor(id: "a")],
        relations: [Relation(id: "r", kind: "supports", source: "a", target: "b", start: dated("2002"), end: dated("2001"),
                             citations: ["nowhere"])])
    let messages = problems.map(\.message)
    #expect(messages.contains("duplicate actor id 'a' (first declared as actor 1)"))
    #expect(messages.contains("'a' would be part of itself through 'b'"))
    #expect(messages.contains("end 2001 is before start 2002"))
    #expect(messages.contains("unknown source 'nowhere'; cite a key of 'sources'"))
}
