import RapporteurKit

/// A transcript read from disk with its statistics and what the roster said about the session.
struct LoadedSession {
    /// The normalised transcript.
    var transcript: Transcript
    /// Its talk statistics.
    var statistics: TalkStatistics
    /// Canonical names the roster lists, or `nil` without a roster.
    var rosterNames: Set<String>? = nil
    /// Session details from the roster.
    var session: SessionInfo? = nil

    /// One report section per speaker, with statistics and role, arguments still empty.
    var speakerSections: [SpeakerSection] {
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
