import Foundation

/// Everything `rapporteur bench` prints: the build, the machine's load, and the results.
struct BenchOutput: Codable {
    /// `release` or `debug`.
    var build: String
    /// The 1, 5 and 15 minute load averages at the start, when the system reports them.
    var loadAverage: [Double]?
    /// Results of single inputs.
    var results: [BenchResult] = []
    /// Results of the growth run.
    var growth: BenchGrowth?
    /// The model run's figures.
    var modelRun: ModelBenchResult?

    /// Notes the build and the current load.
    init() {
        #if DEBUG
        build = "debug"
        #else
        build = "release"
        #endif
        loadAverage = Self.currentLoadAverage()
    }

    /// The tables for people.
    ///
    /// - Returns: The text, ending with a newline.
    func text() -> String {
        var header = "rapporteur bench: \(build) build"
        if let loadAverage { header += ", load average " + loadAverage.map { BenchTable.fixed($0) }.joined(separator: " ") }
        if build == "debug", !results.isEmpty || growth != nil {
            header += "\nwarning: a debug build; time a release build (swift build -c release) for real figures"
        }
        let sections =
            results.map(BenchTable.render) + (growth.map { [BenchTable.render($0)] } ?? []) + (modelRun.map { [BenchTable.render($0)] } ?? [])
        return ([header + "\n"] + sections).joined(separator: "\n")
    }

    /// The JSON for machines.
    ///
    /// - Returns: Pretty-printed JSON with sorted keys, ending with a newline.
    /// - Throws: An encoding error (not expected).
    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }

    private static func currentLoadAverage() -> [Double]? {
        guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return nil }
        let values = text.split(separator: " ").prefix(3).compactMap { Double($0) }
        return values.count == 3 ? values : nil
    }
}
