import Foundation

/// Reads `start --> end` cue timing lines (WebVTT and SRT) and words their errors alike.
enum TimingRule {
    /// Parses a cue timing line; settings after the end time (WebVTT `align:start` …) are ignored.
    ///
    /// - Parameters:
    ///   - line: The timing line.
    ///   - file: The input name, for errors.
    ///   - expected: The expected layout, for the error message, e.g. `HH:MM:SS.mmm --> HH:MM:SS.mmm`.
    /// - Returns: The start and end in seconds.
    /// - Throws: ``InputError`` naming the line when a time does not parse or the cue ends before it starts.
    static func parse(_ line: NumberedLine, file: String, expected: String) throws(InputError) -> (start: Double, end: Double) {
        let text = line.trimmed
        guard let arrow = text.range(of: "-->") else {
            throw InputError(file: file, line: line.number, reason: "broken cue timing \(text.excerpt()): expected `\(expected)`")
        }
        let endField = text[arrow.upperBound...].split(whereSeparator: \.isWhitespace).first ?? ""
        guard let start = Timestamp.seconds(text[..<arrow.lowerBound]), let end = Timestamp.seconds(endField) else {
            throw InputError(file: file, line: line.number, reason: "broken cue timing \(text.excerpt()): expected `\(expected)`")
        }
        guard end >= start else {
            throw InputError(file: file, line: line.number, reason: invertedReason(start: start, end: end))
        }
        return (start, end)
    }

    /// The reason given for a time range whose end comes before its start.
    ///
    /// - Parameters:
    ///   - start: The start in seconds.
    ///   - end: The end in seconds.
    /// - Returns: The message.
    static func invertedReason(start: Double, end: Double) -> String {
        "the cue ends (\(Timestamp.string(end))) before it starts (\(Timestamp.string(start)))"
    }
}
