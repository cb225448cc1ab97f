import ActorGraph
import Foundation
import Mustache

/// An SVG line chart of scores over a sequence of dates: one line per actor, dates evenly
/// spaced along the x axis (change days cluster, so calendar spacing would crowd them), a
/// legend, and a tooltip on every point. The SVG is self-contained and needs no script.
public struct ScoreLineChart: Sendable {
    /// One line: a name and a value per date (nil where the actor is absent, which breaks the line).
    public struct Series: Sendable {
        public var name: String
        public var values: [Double?]

        public init(name: String, values: [Double?]) {
            self.name = name
            self.values = values
        }
    }

    /// The chart's title, shown above it.
    public var title: String
    /// The x-axis labels.
    public var dates: [String]
    /// The lines.
    public var series: [Series]

    /// Eight colours that stay apart for colour-blind readers (Okabe & Ito 2008, plus grey and dark blue).
    public static let palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#555555", "#1B3A6B"]

    public init(title: String, dates: [String], series: [Series]) {
        self.title = title
        self.dates = dates
        self.series = series
    }

    /// The chart as an `<svg>` element, from `Resources/chart.mustache`, which escapes every text.
    public func svg(width: Int = 640, height: Int = 300) -> String {
        let left = 52.0, right = 170.0, top = 30.0, bottom = 58.0
        let plotWidth = Double(width) - left - right
        let plotHeight = Double(height) - top - bottom
        let largest = series.flatMap { $0.values.compactMap { $0 } }.max() ?? 0
        let step = Self.niceStep(largest / 4)
        let tickCount = max(1, Int((largest / step - 1e-9).rounded(.up)))
        let ceiling = step * Double(tickCount)
        func x(_ index: Int) -> Double {
            dates.count <= 1 ? left + plotWidth / 2 : left + plotWidth * Double(index) / Double(dates.count - 1)
        }
        func y(_ value: Double) -> Double { top + plotHeight * (1 - (ceiling > 0 ? value / ceiling : 0)) }
        let ticks = (0...tickCount).map { tick -> [String: Any] in
            let value = step * Double(tick)
            return ["y": Self.number(y(value)), "label": Self.tickLabel(value)]
        }
        // Label at most about 12 dates so that they do not overlap.
        let every = max(1, Int((Double(dates.count) / 12).rounded(.up)))
        let dateLabels = dates.indices.filter { $0 % every == 0 || $0 == dates.count - 1 }.map { index -> [String: Any] in
            ["x": Self.number(x(index)), "y": Self.number(top + plotHeight + 8), "date": dates[index]]
        }
        let lines = series.enumerated().map { number, line -> [String: Any] in
            var path = ""
            var drawing = false
            var points: [[String: Any]] = []
            for (index, value) in line.values.enumerated() {
                guard let value else { drawing = false; continue }
                path += (drawing ? "L" : "M") + "\(Self.number(x(index))),\(Self.number(y(value)))"
                drawing = true
                points.append(["x": Self.number(x(index)), "y": Self.number(y(value)), "name": line.name, "date": dates[index],
                               "value": Self.tickLabel(value, digits: 4)])
            }
            let legendY = top + Double(number) * 18
            return ["colour": Self.palette[number % Self.palette.count], "path": path, "points": points,
                    "legendX": Self.number(left + plotWidth + 14), "legendY": Self.number(legendY),
                    "legendTextX": Self.number(left + plotWidth + 32), "legendTextY": Self.number(legendY + 10),
                    "legendName": Self.truncated(line.name, to: 20)]
        }
        let values: [String: Any] = [
            "width": width, "height": height, "title": title, "left": Self.number(left), "right": Self.number(left + plotWidth),
            "labelX": Self.number(left - 6), "ticks": ticks, "dateLabels": dateLabels, "lines": lines,
        ]
        return Self.template.render(values).trimmingCharacters(in: .newlines)
    }

    // The template is a file of this module, checked by the tests: `try!` cannot meet user input.
    private static let template = try! MustacheTemplate(string: PageResource.text("chart", extension: "mustache", in: .module))

    /// The smallest of 1, 2, 2.5, 5 times a power of ten at or above `value` (0.25 for 0).
    static func niceStep(_ value: Double) -> Double {
        guard value > 0, value.isFinite else { return 0.25 }
        let power = pow(10, floor(log10(value)))
        for step in [1.0, 2.0, 2.5, 5.0, 10.0] where step * power >= value * (1 - 1e-12) { return step * power }
        return 10 * power
    }

    static func tickLabel(_ value: Double, digits: Int = 3) -> String {
        if value == 0 { return "0" }
        var text = String(format: "%.\(digits)f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    static func number(_ value: Double) -> String { String(format: "%.1f", value) }

    static func truncated(_ text: String, to length: Int) -> String {
        text.count <= length ? text : String(text.prefix(length - 1)) + "…"
    }
}
