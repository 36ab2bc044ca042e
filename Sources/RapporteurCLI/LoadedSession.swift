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

// In an extension, so the memberwise initializer stays available.
extension LoadedSession {
    /// Names and merges the speakers of a transcript as read, then builds and measures it: a roster, when given,
    /// decides the names and roles; without one, Hansard-style bracketed labels are merged (``LabelRoles``).
    ///
    /// - Parameters:
    ///   - raw: The transcript as read.
    ///   - source: Its file name.
    ///   - rosterPath: The roster file, when there is one.
    /// - Throws: ``InputError`` for an unreadable or unusable roster.
    init(raw: RawTranscript, source: String, rosterPath: String?) throws {
        var raw = raw
        var speakers: [SpeakerInfo]?
        if let rosterPath {
            let roster = try RosterLoader.load(rosterPath)
            (raw, speakers) = try roster.apply(to: raw, rosterName: rosterPath)
            rosterNames = Set(roster.speakers.map(\.name))
            session = roster.session
        } else if let merged = LabelRoles.merge(raw) {
            (raw, speakers) = merged
        }
        transcript = TranscriptBuilder.build(raw, source: source, speakers: speakers)
        statistics = TalkStatistics.measure(transcript)
    }
}
