import ArgumentParser

/// The ranges numeric options are checked against while parsing, before any input is read or model started.
///
/// A number past them did harm: `bench --synthetic --growth --words 9223372036854775807` generated a plenary until
/// the memory ran out, and a negative `--chunk-tokens` or a `--timeout` of `1e300` reached the pipeline and the HTTP
/// client.
enum OptionRange {
    /// `--chunk-tokens`: from a paragraph to far past any model's context.
    static let chunkTokens = 100...1_000_000
    /// `--parallel`: model calls in flight at once.
    static let parallel = 1...256
    /// `--context`: the context windows models have.
    static let contextTokens = 512...10_000_000
    /// `--timeout`, in seconds: up to a day.
    static let timeoutSeconds = 0.001...86_400.0
    /// `bench --words`: the 1× size; `--growth` reads 8 times as many.
    static let syntheticWords = 1...10_000_000
    /// `bench --repetitions`.
    static let repetitions = 1...10_000

    /// Throws a usage error when `value` is outside `range`.
    ///
    /// - Parameters:
    ///   - value: The option's value.
    ///   - range: Its range.
    ///   - option: The option as written, e.g. `--chunk-tokens`.
    /// - Throws: A `ValidationError` naming the option, the value and the range.
    static func check<Value: Comparable>(_ value: Value, in range: ClosedRange<Value>, option: String) throws {
        guard range.contains(value) else {
            throw ValidationError("\(option) must be \(range.lowerBound) to \(range.upperBound), not \(value).")
        }
    }
}
