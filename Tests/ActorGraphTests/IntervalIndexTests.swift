import Testing
@testable import ActorGraph

@Test(arguments: [0, 1, 2, 3, 7, 64, 1_000, 5_003])
func queriesReturnExactlyTheOverlappingIntervals(count: Int) {
    var generator = SplitMix64(state: UInt64(count) + 17)
    let spans: [DaySpan] = (0..<count).map { _ in
        switch Int.random(in: 0..<10, using: &generator) {
        case 0: return DaySpan(first: .distantPast, last: Day(number: Int32.random(in: 0...1_000, using: &generator)))
        case 1: return DaySpan(first: Day(number: Int32.random(in: 0...1_000, using: &generator)), last: .distantFuture)
        case 2: return DaySpan(first: Day(number: 500), last: Day(number: 400))  // empty
        default:
            let first = Int32.random(in: 0...1_000, using: &generator)
            return DaySpan(first: Day(number: first), last: Day(number: first + Int32.random(in: 0...60, using: &generator)))
        }
    }
    let index = IntervalIndex(spans: spans)
    for _ in 0..<200 {
        let first = Int32.random(in: -10...1_010, using: &generator)
        let window = DaySpan(first: Day(number: first), last: Day(number: first + Int32.random(in: 0...5, using: &generator)))
        let expected = spans.indices.filter { spans[$0].overlaps(window) }.map(Int32.init)
        #expect(index.items(overlapping: window) == expected)
    }
}

@Test func anUnboundedQueryReturnsEveryNonEmptyInterval() {
    let spans = [DaySpan(day(2001, 1, 1)), DaySpan(first: .distantPast, last: .distantFuture),
                 DaySpan(first: day(2001, 2, 1), last: day(2001, 1, 1))]
    let index = IntervalIndex(spans: spans)
    #expect(index.count == 2)
    #expect(index.items(overlapping: DaySpan(first: .distantPast, last: .distantFuture)) == [0, 1])
}
