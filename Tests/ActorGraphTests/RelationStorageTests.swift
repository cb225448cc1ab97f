import Testing
@testable import ActorGraph

// A relation keeps secrecy and weight in compact storage; these tests hold it to what the
// plain fields meant.

@Test func secrecyReadsAsTheFlagAndTheDateItWasGiven() throws {
    let ended = try DateExpression(parsing: "2001-10-07")
    var relation = Relation(id: "r", kind: "supports", source: "a", target: "b")
    #expect(!relation.secret && relation.secretUntil == nil)
    relation.secret = true
    #expect(relation.secret && relation.secretUntil == nil)
    relation.secretUntil = ended
    #expect(relation.secret && relation.secretUntil == ended)
    relation.secretUntil = nil
    #expect(relation.secret && relation.secretUntil == nil)
    relation.secret = false
    #expect(!relation.secret && relation.secretUntil == nil)
    #expect(Relation(id: "r", kind: "k", source: "a", target: "b", secretUntil: ended).secret)
    // The open end written as a secrecy date is kept as written, apart from "secret, no end".
    let open = Relation(id: "r", kind: "k", source: "a", target: "b", secretUntil: .open)
    #expect(open.secretUntil == .open)
    #expect(open != Relation(id: "r", kind: "k", source: "a", target: "b", secret: true))
}

@Test func weightsReadBackAsGivenAndNoneIsNotZero() {
    func weight(_ value: Double?) -> Double? { Relation(id: "r", kind: "k", source: "a", target: "b", weight: value).weight }
    #expect(weight(nil) == nil)
    #expect(weight(0) == 0)
    #expect(weight(-0.0) == 0)
    #expect(weight(2.5) == 2.5)
    #expect(weight(-1e300) == -1e300)
    #expect(weight(.infinity) == .infinity)
    #expect(weight(.nan)?.isNaN == true)
    #expect(Relation(id: "r", kind: "k", source: "a", target: "b", weight: 0)
        == Relation(id: "r", kind: "k", source: "a", target: "b", weight: -0.0))
    #expect(Relation(id: "r", kind: "k", source: "a", target: "b", weight: 0)
        != Relation(id: "r", kind: "k", source: "a", target: "b"))
}

@Test func aNotANumberWeightIsStillRefused() {
    let relation = Relation(id: "r", kind: "supports", source: "a", target: "b", weight: .nan)
    #expect(throws: GraphValidationError.self) {
        _ = try TemporalGraph(actors: [Actor(id: "a"), Actor(id: "b")], relations: [relation])
    }
}

@Test func aRelationTakesNoMoreMemoryThanBeforeRelativeDates() {
    // Four strings, two dates, citations, evidence, a note, secrecy and weight: 128 bytes,
    // the size a relation had when its dates could only be plain days.
    #expect(MemoryLayout<Relation>.stride == 128)
}
