import Testing
@testable import ActorGraph

/// Reference day numbers from Python's `datetime.date` (days since 1970-01-01).
@Test(arguments: [
    (1970, 1, 1, 0), (2001, 9, 11, 11_576), (2000, 2, 29, 11_016), (1600, 3, 1, -135_080),
    (1, 1, 1, -719_162), (9999, 12, 31, 2_932_896), (1969, 12, 31, -1),
])
func dayNumbersMatchPythonsCalendar(year: Int, month: Int, dayOfMonth: Int, number: Int32) {
    let value = Day(year: year, month: month, day: dayOfMonth)
    #expect(value?.number == number)
    #expect(value.map { $0.components == (year, month, dayOfMonth) } == true)
}

@Test func everyDayRoundTripsThroughItsComponents() {
    for number in Int32(-719_162)...Int32(2_932_896) where number % 7 == 0 || (10_000...12_000).contains(number) {
        let original = Day(number: number)
        let (year, month, dayOfMonth) = original.components
        #expect(Day(year: year, month: month, day: dayOfMonth) == original)
    }
}

@Test func impossibleCalendarDatesAreRejected() {
    #expect(Day(year: 2001, month: 2, day: 29) == nil)
    #expect(Day(year: 1900, month: 2, day: 29) == nil)
    #expect(Day(year: 2000, month: 2, day: 29) != nil)
    #expect(Day(year: 2004, month: 2, day: 29) != nil)
    #expect(Day(year: 2001, month: 4, day: 31) == nil)
    #expect(Day(year: 2001, month: 13, day: 1) == nil)
    #expect(Day(year: 0, month: 1, day: 1) == nil)
}

@Test func monthArithmeticClampsToTheMonthsEnd() {
    #expect(day(2001, 1, 31).advanced(byMonths: 1) == day(2001, 2, 28))
    #expect(day(2004, 1, 31).advanced(byMonths: 1) == day(2004, 2, 29))
    #expect(day(2001, 12, 15).advanced(byMonths: 1) == day(2002, 1, 15))
    #expect(day(2001, 3, 31).advanced(byMonths: -1) == day(2001, 2, 28))
    #expect(day(2001, 9, 11).description == "2001-09-11")
}
