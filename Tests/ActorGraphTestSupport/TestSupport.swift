import ActorGraph
import Foundation

/// What every test target shares: where the package and its bundled graph lie, the graph
/// loaded once, days and dates written as text, and scratch directories.

/// The package's root directory, found from this file's path.
package let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// The bundled graph's path.
package let bundledGraphPath = packageRoot.appendingPathComponent("Graphs/central-asia-2001.yaml").path

/// The bundled graph, loaded once by the core loader.
package let bundledGraph: TemporalGraph = {
    do {
        return try GraphLoader.load(path: bundledGraphPath)
    } catch {
        fatalError("the bundled graph does not load: \(error)")
    }
}()

/// A day from its parts; a day that does not exist stops the test run, naming it.
package func day(_ year: Int, _ month: Int, _ dayOfMonth: Int) -> Day {
    guard let day = Day(year: year, month: month, day: dayOfMonth) else {
        fatalError("no such day: \(year)-\(month)-\(dayOfMonth)")
    }
    return day
}

/// A day written `YYYY-MM-DD`; anything else (a typo, a month, a qualifier) stops the test run,
/// naming the text, rather than standing for some other day.
package func day(_ text: String) -> Day {
    guard let date = try? PartialDate(parsing: text), date.precision == .day, date.description == text else {
        fatalError("not a day written YYYY-MM-DD: '\(text)'")
    }
    return date.earliestDay
}

/// A partial date from text; text that is not a date stops the test run, naming it.
package func date(_ text: String) -> PartialDate {
    do {
        return try PartialDate(parsing: text)
    } catch {
        fatalError("not a date: '\(text)': \(error.message)")
    }
}

/// A date expression from text; text that is not one stops the test run, naming it.
package func dated(_ text: String) -> DateExpression {
    do {
        return try DateExpression(parsing: text)
    } catch {
        fatalError("not a date expression: '\(text)': \(error.message)")
    }
}

/// A fresh empty directory for one test, named after `purpose`.
package func makeTemporaryDirectory(_ purpose: String = "test") throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("actorgraph-\(purpose)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// The diagnostics a load throws, as printed (`file:line:column: error: message`), or [] when it loads.
package func loadDiagnostics(_ load: () throws -> Void) -> [String] {
    do {
        try load()
        return []
    } catch let error as LoadError {
        return error.diagnostics.map(\.description)
    } catch {
        return ["unexpected error: \(error)"]
    }
}
