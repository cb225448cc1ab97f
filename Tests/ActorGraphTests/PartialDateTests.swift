import Testing
@testable import ActorGraph

@Test func aYearCoversItsWholeYear() {
    let year = date("1998")
    #expect(year.precision == .year)
    #expect(year.earliestDay == day(1998, 1, 1))
    #expect(year.latestDay == day(1998, 12, 31))
    #expect(year.description == "1998")
}

@Test func aMonthCoversItsDaysIncludingLeapFebruaries() {
    #expect(date("2001-09").earliestDay == day(2001, 9, 1))
    #expect(date("2001-09").latestDay == day(2001, 9, 30))
    #expect(date("2000-02").latestDay == day(2000, 2, 29))
    #expect(date("1900-02").latestDay == day(1900, 2, 28))
    #expect(date("2004-02").latestDay == day(2004, 2, 29))
    #expect(date("2001-12").latestDay == day(2001, 12, 31))
}

@Test func aDayCoversItself() {
    let exact = date("2001-09-13")
    #expect(exact.precision == .day)
    #expect(exact.earliestDay == day(2001, 9, 13))
    #expect(exact.latestDay == day(2001, 9, 13))
}

@Test func qualifiersWidenTheRangeByOneUnitOfPrecision() {
    #expect(date("2001-09-13~").earliestDay == day(2001, 9, 10))
    #expect(date("2001-09-13~").latestDay == day(2001, 9, 16))
    #expect(date("2001-09?").earliestDay == day(2001, 8, 1))
    #expect(date("2001-09?").latestDay == day(2001, 10, 31))
    #expect(date("2001%").earliestDay == day(2000, 1, 1))
    #expect(date("2001%").latestDay == day(2002, 12, 31))
    #expect(date("2000-02-29~").latestDay == day(2000, 3, 3))
    #expect(date("2001-09-13~").qualifier == .approximate)
    #expect(date("2001-09-13?").qualifier == .uncertain)
    #expect(date("2001-09-13%").qualifier == .approximateAndUncertain)
}

@Test func qualifiedDatesPrintAsWritten() {
    for text in ["2001-09-13~", "2001-09?", "2001%", "..", "0001", "9999-12-31"] {
        #expect(date(text).description == text)
    }
}

@Test func anOpenEndHasNoBound() {
    let open = date("..")
    #expect(open.isOpen)
    #expect(open.precision == .open)
    #expect(open.earliestDay == .distantPast)
    #expect(open.latestDay == .distantFuture)
    #expect(date(" .. ") == .open)
}

@Test(arguments: [
    ("2001-02-30", "impossible date '2001-02-30': February 2001 has 28 days"),
    ("1900-02-29", "impossible date '1900-02-29': February 1900 has 28 days"),
    ("2001-13", "impossible date '2001-13': there is no month 13"),
    ("2001-00-01", "impossible date '2001-00-01': there is no month 0"),
    ("0000", "year 0000 does not exist in '0000'"),
    ("2001-9-1", "malformed date '2001-9-1'; expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ~, ? or %, or '..'"),
    ("September 2001", "malformed date 'September 2001'; expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ~, ? or %, or '..'"),
    ("", "empty date; expected YYYY, YYYY-MM, YYYY-MM-DD or '..'"),
    ("2001-09-13~~", "malformed date '2001-09-13~~'; expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ~, ? or %, or '..'"),
])
func malformedAndImpossibleDatesAreRejectedWithAReason(text: String, message: String) {
    #expect(throws: PartialDateError.self) { try PartialDate(parsing: text) }
    do {
        _ = try PartialDate(parsing: text)
    } catch {
        #expect(error.message == message)
    }
}
