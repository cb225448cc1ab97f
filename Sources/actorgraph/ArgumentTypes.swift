import ActorGraph
import ActorGraphAnalysis
import ArgumentParser
import Foundation

// Option values as types: swift-argument-parser parses each once and reports a bad value in its
// usual form ("The value 'x' is invalid for '--every <step>'"), with the option's help.

extension CompactGraphOptions.Weighting: ExpressibleByArgument {}

extension CentralityMeasure: ExpressibleByArgument {}

extension DateStep: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

extension PartialDate: ExpressibleByArgument {
    /// A bounded EDTF date (`2001`, `2001-09`, `2001-09-13`, qualified or not); `..` is refused.
    public init?(argument: String) {
        guard let date = try? PartialDate(parsing: argument), !date.isOpen else { return nil }
        self = date
    }
}

/// `--measures a,b,c`: measures in the order given, repeats dropped.
struct MeasureList: ExpressibleByArgument {
    var measures: [CentralityMeasure]

    init?(argument: String) {
        guard let measures = try? CentralityMeasure.list(parsing: argument) else { return nil }
        self.measures = measures
    }

    /// The names a list may hold, for help texts.
    static let names = CentralityMeasure.allCases.map(\.rawValue).joined(separator: ", ")
}

/// `--dates D1,D2,...`: bounded EDTF dates.
struct DateList: ExpressibleByArgument {
    var dates: [PartialDate]

    init?(argument: String) {
        var dates: [PartialDate] = []
        for text in argument.split(separator: ",") {
            guard let date = PartialDate(argument: text.trimmingCharacters(in: .whitespaces)) else { return nil }
            dates.append(date)
        }
        self.dates = dates
    }
}

/// `--merge-gap Nd|Nw`: a length in days (0 or more).
struct DayGap: ExpressibleByArgument {
    var days: Int

    init(days: Int) { self.days = days }

    init?(argument: String) {
        guard let (count, unit) = DateStep.countAndUnit(argument), unit != "m" else { return nil }
        days = unit == "w" ? count * 7 : count
    }

    var defaultValueDescription: String { "\(days)d" }
}
