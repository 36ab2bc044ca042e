/// A session as ``SessionLoader`` loads it: the transcript with its statistics and what the roster said about it.
public struct LoadedSession: Sendable, Hashable {
    /// The normalised transcript.
    public var transcript: Transcript
    /// Its talk statistics.
    public var statistics: TalkStatistics
    /// Canonical names the roster lists, or `nil` without a roster.
    public var rosterNames: Set<String>?
    /// Session details from the roster.
    public var session: SessionInfo?

    /// Creates a loaded session.
    ///
    /// - Parameters:
    ///   - transcript: The normalised transcript.
    ///   - statistics: Its talk statistics.
    ///   - rosterNames: Canonical names the roster lists, or `nil` without a roster.
    ///   - session: Session details from the roster.
    public init(transcript: Transcript, statistics: TalkStatistics, rosterNames: Set<String>? = nil, session: SessionInfo? = nil) {
        self.transcript = transcript
        self.statistics = statistics
        self.rosterNames = rosterNames
        self.session = session
    }

    /// One report section per speaker, with statistics and role, arguments still empty; a speaker the roster does
    /// not list is marked additional.
    public var speakerSections: [SpeakerSection] {
        let info = Dictionary(transcript.speakers.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        return statistics.speakers.map { entry in
            let speaker = info[entry.speaker]
            return SpeakerSection(
                name: entry.speaker,
                role: speaker?.role,
                roleSource: speaker?.roleSource ?? .none,
                isAdditional: rosterNames.map { !$0.contains(entry.speaker) } ?? false,
                statistics: entry.statistics
            )
        }
    }
}
