import RapporteurKit

/// How many of the speakers who said enough to have a position got at least one argument in the report.
public struct SpeakerCoverage: Sendable, Hashable, Codable {
    /// Speakers with at least the minimum number of words.
    public var eligible: Int
    /// Eligible speakers with at least one argument.
    public var covered: Int
    /// Eligible speakers without an argument, in report order.
    public var uncovered: [String]

    /// Creates a coverage count.
    /// - Parameters:
    ///   - eligible: Speakers with at least the minimum number of words.
    ///   - covered: Eligible speakers with at least one argument.
    ///   - uncovered: Eligible speakers without an argument.
    public init(eligible: Int, covered: Int, uncovered: [String] = []) {
        self.eligible = eligible
        self.covered = covered
        self.uncovered = uncovered
    }
}
