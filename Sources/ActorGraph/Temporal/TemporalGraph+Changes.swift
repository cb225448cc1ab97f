/// The relations that begin and stop being active on one day, or between a date and the one before it.
public struct Change: Hashable, Sendable {
    /// The first day of the new state.
    public var day: Day
    /// Positions of relations active from this day on and not on the day before (or, for
    /// ``TemporalGraph/changes(leadingTo:filter:)``, not on the previous date), ascending.
    public var started: [Int32]
    /// Positions of relations active the day before (or on the previous date or after it)
    /// and no longer on this day, ascending.
    public var ended: [Int32]
}

extension TemporalGraph {
    /// The days on which the set of active relations changes, ascending: each relation's
    /// first active day and the day after its last. Open ends add no day.
    public func changeDays(_ certainty: Certainty = .possibly) -> [Day] {
        var days: [Int32] = []
        days.reserveCapacity(relations.count * 2)
        for position in relations.indices {
            let span = activeSpan(ofRelationAt: position, certainty)
            if span.isEmpty { continue }
            if !span.first.isUnbounded { days.append(span.first.number) }
            if !span.last.isUnbounded { days.append(span.last.number + 1) }
        }
        days.sort()
        var unique: [Day] = []
        for day in days where unique.last?.number != day { unique.append(Day(number: day)) }
        return unique
    }

    /// Every change day with the relations that start and end on it, ascending.
    public func changes(_ certainty: Certainty = .possibly) -> [Change] {
        var byDay: [Int32: Change] = [:]
        for position in relations.indices {
            let span = activeSpan(ofRelationAt: position, certainty)
            if span.isEmpty { continue }
            if !span.first.isUnbounded {
                byDay[span.first.number, default: Change(day: span.first, started: [], ended: [])]
                    .started.append(Int32(position))
            }
            if !span.last.isUnbounded {
                let after = span.last.advanced(by: 1)
                byDay[after.number, default: Change(day: after, started: [], ended: [])].ended.append(Int32(position))
            }
        }
        return byDay.values.sorted { $0.day < $1.day }
    }

    /// For each day of `days` (ascending), the relations passing `filter` that became active
    /// after the previous day and by this one, and those active on the previous day or after
    /// it that stopped before this one. The first day is compared with the day before it.
    ///
    /// A relation that starts and ends between two dates is in both lists of the later one,
    /// although no snapshot at the dates shows it. The change list is computed once, however
    /// many days are asked about.
    public func changes(leadingTo days: [Day], filter: RelationFilter = .all) -> [Change] {
        let changes = self.changes(filter.certainty)
        let keep = relationPredicate(filter) ?? { _ in true }
        var result: [Change] = []
        result.reserveCapacity(days.count)
        for (index, day) in days.enumerated() {
            let previous = index == 0 ? day.advanced(by: -1) : days[index - 1]
            // The first change after `previous`, by binary search.
            var low = 0
            var high = changes.count
            while low < high {
                let middle = (low + high) / 2
                if changes[middle].day > previous { high = middle } else { low = middle + 1 }
            }
            var started: [Int32] = []
            var ended: [Int32] = []
            while low < changes.count, changes[low].day <= day {
                started += changes[low].started.filter { keep(Int($0)) }
                ended += changes[low].ended.filter { keep(Int($0)) }
                low += 1
            }
            result.append(Change(day: day, started: started.sorted(), ended: ended.sorted()))
        }
        return result
    }

    /// The days of a date sequence between `first` and `last` inclusive: every N days, weeks
    /// or months from `first`, or `first` followed by every change day after it.
    public func days(from first: Day, to last: Day, every step: DateStep,
                     certainty: Certainty = .possibly) -> [Day] {
        guard first <= last else { return [] }
        switch step {
        case .changes:
            return [first] + changeDays(certainty).filter { $0 > first && $0 <= last }
        case let .days(count):
            return stride(from: Int(first.number), through: Int(last.number), by: max(count, 1))
                .map { Day(number: Int32($0)) }
        case let .weeks(count):
            return stride(from: Int(first.number), through: Int(last.number), by: 7 * max(count, 1))
                .map { Day(number: Int32($0)) }
        case let .months(count):
            var result: [Day] = []
            var steps = 0
            while true {
                let day = first.advanced(byMonths: steps * max(count, 1))
                if day > last || day.isUnbounded { break }
                result.append(day)
                steps += 1
            }
            return result
        }
    }
}
