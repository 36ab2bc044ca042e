/// Loads a session: names and merges the speakers of a transcript as read, then builds and measures it.
///
/// A roster, when given, decides the names and roles (``Roster/apply(to:rosterName:)``); without one, Hansard-style
/// bracketed labels are merged (``LabelRoles``).
public enum SessionLoader {
    /// Loads a session.
    ///
    /// - Parameter input: The transcript as read and the roster, when there is one.
    /// - Returns: The transcript, its statistics, and the roster's names and session details.
    /// - Throws: ``InputError`` naming the roster file for an unusable roster.
    public static func load(_ input: SessionInput) throws(InputError) -> LoadedSession {
        var raw = input.transcript
        var speakers: [SpeakerInfo]?
        var rosterNames: Set<String>?
        var session: SessionInfo?
        if let named = input.roster {
            (raw, speakers) = try named.roster.apply(to: raw, rosterName: named.name)
            rosterNames = Set(named.roster.speakers.map(\.name))
            session = named.roster.session
        } else if let merged = LabelRoles.merge(raw) {
            (raw, speakers) = merged
        }
        let transcript = TranscriptBuilder.build(raw, source: input.source, speakers: speakers)
        return LoadedSession(
            transcript: transcript,
            statistics: TalkStatistics.measure(transcript),
            rosterNames: rosterNames,
            session: session
        )
    }
}
