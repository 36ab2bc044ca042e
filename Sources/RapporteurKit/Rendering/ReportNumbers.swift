/// How renderers show numbers: whole words per minute and seconds, shares with one decimal, times as `HH:MM:SS`.
///
/// Everything is built by hand rather than with a locale-dependent formatter, so output is identical everywhere.
enum ReportNumbers {
    /// A value rounded to the nearest integer (halves away from zero).
    ///
    /// - Parameter value: The value.
    /// - Returns: The integer as a string, or `n/a` when the value is not finite.
    static func integer(_ value: Double) -> String {
        guard value.isFinite else { return "n/a" }
        return String(Int(saturating: value))
    }

    /// A share of 0…1 as a percentage with one decimal, e.g. `0.2345` → `23.5%`.
    ///
    /// - Parameter share: The share.
    /// - Returns: The percentage, or `n/a` when the share is not finite.
    static func percent(_ share: Double) -> String {
        guard share.isFinite else { return "n/a" }
        let tenths = Int(saturating: share * 1000)
        let sign = tenths < 0 ? "-" : ""
        let magnitude = tenths.magnitude
        return "\(sign)\(magnitude / 10).\(magnitude % 10)%"
    }

    /// Seconds from the start of the recording as `HH:MM:SS` (fractions are cut off).
    ///
    /// - Parameter seconds: The offset in seconds.
    /// - Returns: The time code; negative or non-finite offsets give `00:00:00`.
    static func timecode(_ seconds: Double) -> String {
        let total = seconds.isFinite && seconds > 0 ? Int(saturating: seconds, rounding: .down) : 0
        return "\(twoDigits(total / 3600)):\(twoDigits(total / 60 % 60)):\(twoDigits(total % 60))"
    }

    /// A count with its noun, singular for one, e.g. `1 word`, `441 words`.
    ///
    /// - Parameters:
    ///   - count: The count.
    ///   - singular: The noun for one.
    ///   - plural: The noun for any other count.
    /// - Returns: The count and the noun.
    static func counted(_ count: Int, _ singular: String, _ plural: String) -> String {
        "\(count) \(count == 1 ? singular : plural)"
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : String(value)
    }
}
