public import Foundation

extension Report {
    /// The largest count or measure a report may hold: 10^12, far past any session, small enough that a renderer's
    /// sums and its conversions to milliseconds or tenths cannot overflow.
    public static let numberLimit = 1e12

    /// Decodes and checks a report saved as JSON, so that renderers get only reports they can trust.
    ///
    /// The checks, in order: the bytes are JSON (a syntax error names its line); the schema version is `MAJOR.MINOR`
    /// with the major version of ``currentSchemaVersion``; the JSON has the report's shape (a missing or mistyped
    /// member is named by its path); then ``validate()``.
    ///
    /// - Parameters:
    ///   - data: The file's bytes.
    ///   - name: The file name, for errors.
    /// - Returns: The report.
    /// - Throws: ``InputError`` naming the file, and the line or the member, when any check fails.
    public static func load(_ data: Data, name: String) throws(InputError) -> Report {
        let notReport = "not a Rapporteur report (JSON of docs/report.schema.json)"
        let version: SchemaVersion
        do {
            version = try JSONDecoder().decode(SchemaVersion.self, from: data)
        } catch DecodingError.dataCorrupted(let context) where context.codingPath.isEmpty {
            throw JSONSyntax.syntaxError(Array(data), file: name)
        } catch {
            throw InputError(file: name, reason: "\(notReport): \(ReportDecodingError.describe(error))")
        }
        try checkSchemaVersion(version.schemaVersion, name: name)
        let report: Report
        do {
            report = try JSONDecoder().decode(Report.self, from: data)
        } catch {
            throw InputError(file: name, reason: "\(notReport): \(ReportDecodingError.describe(error))")
        }
        do {
            try report.validate()
        } catch {
            throw InputError(file: name, reason: error.reason)
        }
        return report
    }

    /// Checks what decoding cannot: every sentence ID is positive and unique, every citation names a sentence of the
    /// transcript, argument IDs are unique, every count is 0…``numberLimit``, every share 0…1, and every time
    /// 0…3,600,000 seconds (the limit transcripts are read with).
    ///
    /// - Throws: ``InputError`` (with an empty file name) naming the member and what is wrong with it.
    public func validate() throws(InputError) {
        var ids = Set<Int>()
        for (index, sentence) in transcript.enumerated() {
            guard sentence.id >= 1 else { throw invalid("transcript[\(index)].id is \(sentence.id); sentence IDs start at 1") }
            guard ids.insert(sentence.id).inserted else {
                throw invalid("transcript[\(index)].id \(sentence.id) is used by an earlier sentence; sentence IDs are unique")
            }
            // The transcript is most of a report: its numbers are checked here rather than by reflection.
            let path = "transcript[\(index)]"
            let problem =
                Self.problem(path: "\(path).turn", label: "turn", value: sentence.turn, sentences: ids)
                ?? sentence.start.flatMap { Self.problem(path: "\(path).start", label: "start", value: $0, sentences: ids) }
                ?? sentence.end.flatMap { Self.problem(path: "\(path).end", label: "end", value: $0, sentences: ids) }
            if let problem { throw invalid(problem) }
        }
        var argumentIDs = Set<String>()
        for (index, argument) in speakers.flatMap(\.arguments).enumerated() where !argumentIDs.insert(argument.id).inserted {
            throw invalid("argument \(index + 1) has the ID \"\(argument.id)\" of an earlier argument; argument IDs are unique")
        }
        var problem: String?
        ReportMembers.visit(self, path: "", skipping: ["transcript"]) { path, label, value in
            guard problem == nil else { return }
            problem = Self.problem(path: path, label: label, value: value, sentences: ids)
        }
        if let problem { throw invalid(problem) }
    }

    /// What is wrong with one member, or `nil`.
    private static func problem(path: String, label: String?, value: Any, sentences: Set<Int>) -> String? {
        if label == "citations", let citations = value as? [Int] {
            return citations.first { !sentences.contains($0) }.map { "\(path) cites sentence \($0), which is not in the transcript" }
        }
        if let number = value as? Int, !(0...Int(numberLimit)).contains(number) {
            return "\(path) is \(number); it must be 0 to \(Int(numberLimit))"
        }
        guard let number = value as? Double else { return nil }
        let range: ClosedRange<Double> =
            switch label ?? "" {
            case let name where name.hasSuffix("Share"): 0...1
            case "start", "end", "speechSeconds", "wallSeconds": 0...Timestamp.maximumSeconds
            default: 0...numberLimit
            }
        return range.contains(number) ? nil : "\(path) is \(number); it must be \(range.lowerBound) to \(range.upperBound)"
    }

    private static func checkSchemaVersion(_ version: String, name: String) throws(InputError) {
        let parts = version.split(separator: ".", omittingEmptySubsequences: false)
        let wellFormed = parts.count == 2 && parts.allSatisfy { (1...4).contains($0.count) && $0.allSatisfy(\.isASCIIDigit) }
        guard wellFormed else {
            throw InputError(
                file: name,
                reason: "report schema \"\(version.prefix(40))\" is not a schema version (MAJOR.MINOR, e.g. \(currentSchemaVersion))"
            )
        }
        guard parts.first == currentSchemaVersion.split(separator: ".").first else {
            throw InputError(file: name, reason: "report schema \(version) is not readable by this build (\(currentSchemaVersion))")
        }
    }

    private func invalid(_ reason: String) -> InputError {
        InputError(file: "", reason: "not a valid report: \(reason)")
    }

    /// The one member read before the rest, so that a report of another version is named as such.
    private struct SchemaVersion: Decodable {
        var schemaVersion: String
    }
}

/// Walks the stored members of a value by reflection, so that checks over every citation or number keep up with
/// members added to the report model.
enum ReportMembers {
    /// Calls `body` for every member, depth first, with its JSON-style path (`speakers[0].statistics.words`), its
    /// property name (`nil` for an element of an array) and its value; an optional's value is visited in its place.
    ///
    /// - Parameters:
    ///   - value: The value to walk.
    ///   - path: The path of `value`.
    ///   - skipping: Top-level members not to visit.
    ///   - body: Called for each member.
    static func visit(_ value: Any, path: String, skipping: Set<String> = [], _ body: (String, String?, Any) -> Void) {
        for (index, child) in Mirror(reflecting: value).children.enumerated() where !skipping.contains(child.label ?? "") {
            let childPath = child.label.map { path.isEmpty ? $0 : "\(path).\($0)" } ?? "\(path)[\(index)]"
            var member = child.value
            var mirror = Mirror(reflecting: member)
            while mirror.displayStyle == .optional {
                guard let some = mirror.children.first else { break }
                member = some.value
                mirror = Mirror(reflecting: member)
            }
            guard mirror.displayStyle != .optional else { continue }
            body(childPath, child.label, member)
            visit(member, path: childPath, body)
        }
    }
}

/// Words a `DecodingError` of a report for people: the member's path and what is wrong with it.
enum ReportDecodingError {
    /// The description.
    ///
    /// - Parameter error: The error `JSONDecoder` threw.
    /// - Returns: E.g. `missing "schemaVersion"` or `speakers[0].statistics.words is not a whole number`.
    static func describe(_ error: any Error) -> String {
        guard let decoding = error as? DecodingError else { return "\(error)" }
        switch decoding {
        case .keyNotFound(let key, let context):
            let place = path(context)
            return place == "top level" ? "missing \"\(key.stringValue)\"" : "missing \"\(key.stringValue)\" at \(place)"
        case .typeMismatch(let type, let context):
            return "\(path(context)) is not \(kind(type))"
        case .valueNotFound(let type, let context):
            return "\(path(context)) is null, not \(kind(type))"
        case .dataCorrupted(let context):
            return "\(path(context)): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }

    private static func kind(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type: "a whole number"
        case is Double.Type: "a number"
        case is Bool.Type: "true or false"
        default: String(describing: type).hasPrefix("Array") ? "an array" : "an object"
        }
    }

    private static func path(_ context: DecodingError.Context) -> String {
        let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        guard !path.isEmpty else { return "top level" }
        return path.hasPrefix(".") ? String(path.dropFirst()) : path
    }
}
