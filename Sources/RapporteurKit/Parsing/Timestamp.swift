import Foundation

/// Reads and writes the clock times transcripts use: `HH:MM:SS.mmm`, `MM:SS.mmm`, with `.` or `,` before the fraction.
public enum Timestamp {
    /// The latest time a transcript may give, in seconds: 1,000 hours, just past the largest clock time the
    /// `HHH:MM:SS` formats can write (999:59:59.999). A JSON time past it is refused where it is read, so that no
    /// later step has to handle times that do not fit a count of milliseconds or an `Int`.
    static let maximumSeconds = 3_600_000.0

    /// Words the limit for messages.
    static let limitPhrase = "past the limit of 1,000 hours (3600000 s); times are seconds from the start of the recording"

    /// Reads a clock time as seconds.
    ///
    /// Accepts `H:MM:SS`, `HH:MM:SS.fff` and `MM:SS.fff`, with `.` or `,` as the decimal mark and up to nine
    /// fraction digits; minutes and seconds after the first field must be below 60. The value is computed from whole
    /// units (`Double(14590) / 1000`), so `00:00:14.590` equals the JSON number `14.59` exactly.
    ///
    /// - Parameter text: The time, without surrounding brackets; white space around it is ignored.
    /// - Returns: The time in seconds, or `nil` when the text is not a clock time.
    static func seconds(_ text: some StringProtocol) -> Double? {
        let text = text.trimmingWhiteSpace()
        var clock = Substring(text)
        var fraction: Substring = ""
        if let mark = text.lastIndex(where: { $0 == "." || $0 == "," }) {
            clock = Substring(text[..<mark])
            fraction = Substring(text[text.index(after: mark)...])
            guard (1...9).contains(fraction.count), fraction.allSatisfy(\.isASCIIDigit) else { return nil }
        }
        let fields = clock.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(fields.count), fields.allSatisfy({ !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isASCIIDigit) }) else {
            return nil
        }
        let numbers = fields.compactMap { Int($0) }
        guard numbers.count == fields.count, numbers.dropFirst().allSatisfy({ $0 < 60 }) else { return nil }
        let wholeSeconds = numbers.reduce(0) { $0 * 60 + $1 }
        let scale = (0..<fraction.count).reduce(1) { value, _ in value * 10 }
        let units = wholeSeconds * scale + (Int(fraction) ?? 0)
        return Double(units) / Double(scale)
    }

    /// Reads a bracketed time prefix body: `start` or `start - end` (also `–` or `-->` between them).
    ///
    /// - Parameter text: The text between the brackets.
    /// - Returns: The start and, when given, the end in seconds; `nil` when the text is not a time or a range.
    static func range(_ text: some StringProtocol) -> (start: Double, end: Double?)? {
        if let start = seconds(text) { return (start, nil) }
        for separator in ["-->", " - ", " – ", "-", "–"] {
            guard let found = text.range(of: separator) else { continue }
            guard let start = seconds(text[..<found.lowerBound]), let end = seconds(text[found.upperBound...]) else { return nil }
            return (start, end)
        }
        return nil
    }

    /// Writes seconds as `HH:MM:SS.mmm`, for messages.
    ///
    /// - Parameter seconds: A non-negative time.
    /// - Returns: The clock time.
    public static func string(_ seconds: Double) -> String {
        let milliseconds = Int(saturating: seconds * 1000)
        let (hours, rest) = milliseconds.quotientAndRemainder(dividingBy: 3_600_000)
        let (minutes, rest2) = rest.quotientAndRemainder(dividingBy: 60_000)
        let (wholeSeconds, millis) = rest2.quotientAndRemainder(dividingBy: 1000)
        return "\(pad(hours, 2)):\(pad(minutes, 2)):\(pad(wholeSeconds, 2)).\(pad(millis, 3))"
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
