import Testing
@testable import ActorGraph

private func relation(_ start: String?, _ end: String?) -> Relation {
    Relation(id: "r", kind: "supports", source: "a", target: "b", start: start.map(dated), end: end.map(dated))
}

@Test func possiblyActiveRunsFromEarliestStartToLatestEnd() {
    let monthLong = relation("2001-09", "2001-10")
    #expect(!monthLong.isActive(on: day(2001, 8, 31)))
    #expect(monthLong.isActive(on: day(2001, 9, 1)))
    #expect(monthLong.isActive(on: day(2001, 10, 31)))
    #expect(!monthLong.isActive(on: day(2001, 11, 1)))
}

@Test func certainlyActiveRunsFromLatestStartToEarliestEnd() {
    let monthLong = relation("2001-09", "2001-10")
    #expect(!monthLong.isActive(on: day(2001, 9, 29), .certainly))
    #expect(monthLong.isActive(on: day(2001, 9, 30), .certainly))
    #expect(monthLong.isActive(on: day(2001, 10, 1), .certainly))
    #expect(!monthLong.isActive(on: day(2001, 10, 2), .certainly))
}

@Test func aRelationWithinOneMonthIsNeverCertainlyActive() {
    let vague = relation("2001-09", "2001-09")
    #expect(vague.activeSpan(.certainly).isEmpty)
    #expect(vague.activeSpan(.possibly) == DaySpan(first: day(2001, 9, 1), last: day(2001, 9, 30)))
}

@Test func anInstantEventIsActiveOnItsDayOnly() {
    let meeting = relation("2001-09-13", "2001-09-13")
    #expect(meeting.isActive(on: day(2001, 9, 13)))
    #expect(meeting.isActive(on: day(2001, 9, 13), .certainly))
    #expect(!meeting.isActive(on: day(2001, 9, 12)))
    #expect(!meeting.isActive(on: day(2001, 9, 14)))
}

@Test func openAndAbsentEndsReachToTheEndsOfTime() {
    for (start, end) in [(nil, nil), ("..", ".."), (nil, ".."), ("..", nil)] as [(String?, String?)] {
        let forever = relation(start, end)
        #expect(forever.isActive(on: Day(year: 1, month: 1, day: 1)!, .certainly))
        #expect(forever.isActive(on: Day(year: 9999, month: 12, day: 31)!, .certainly))
    }
    let since1998 = relation("1998", "..")
    #expect(!since1998.isActive(on: day(1997, 12, 31)))
    #expect(since1998.isActive(on: day(1998, 1, 1)))
    #expect(!since1998.isActive(on: day(1998, 12, 30), .certainly))
    #expect(since1998.isActive(on: day(1998, 12, 31), .certainly))
    #expect(since1998.isActive(on: day(2026, 11, 26), .certainly))
}

@Test func approximateStartsArePossibleEarlierAndCertainLater() {
    let soonAfter = relation("2001-09-14~", nil)
    #expect(soonAfter.isActive(on: day(2001, 9, 11)))
    #expect(!soonAfter.isActive(on: day(2001, 9, 10)))
    #expect(!soonAfter.isActive(on: day(2001, 9, 16), .certainly))
    #expect(soonAfter.isActive(on: day(2001, 9, 17), .certainly))
}
