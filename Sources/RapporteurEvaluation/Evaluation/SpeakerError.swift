import RapporteurKit

/// How far one speaker's measured talk statistics in a report are from the reference's.
///
/// Each error is relative and signed: (report − reference) / reference, so +0.1 means the report measured 10 % more.
/// It is `nil` when either side lacks the value or the reference value is 0.
public struct SpeakerError: Sendable, Hashable, Codable {
    /// The speaker as the reference names them.
    public var speaker: String
    /// The report speaker matched to it, or `nil` when none was found.
    public var reportSpeaker: String?
    /// Relative error of the speaking time.
    public var speechTimeRelError: Double?
    /// Relative error of the word count.
    public var wordsRelError: Double?
    /// Relative error of the words per minute.
    public var wpmRelError: Double?

    /// Creates a speaker's errors.
    /// - Parameters:
    ///   - speaker: The speaker as the reference names them.
    ///   - reportSpeaker: The matched report speaker.
    ///   - speechTimeRelError: Relative error of the speaking time.
    ///   - wordsRelError: Relative error of the word count.
    ///   - wpmRelError: Relative error of the words per minute.
    public init(speaker: String, reportSpeaker: String?, speechTimeRelError: Double?, wordsRelError: Double?, wpmRelError: Double?) {
        self.speaker = speaker
        self.reportSpeaker = reportSpeaker
        self.speechTimeRelError = speechTimeRelError
        self.wordsRelError = wordsRelError
        self.wpmRelError = wpmRelError
    }
}
