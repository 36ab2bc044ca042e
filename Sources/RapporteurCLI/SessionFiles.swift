import RapporteurKit

/// Reads a session's files for ``SessionLoader``: the transcript's bytes and the roster (JSON or YAML,
/// ``RosterLoader``); the loading itself is the core's.
enum SessionFiles {
    /// Reads a transcript and its roster, then loads the session.
    ///
    /// The transcript is read (and its format detected) before the roster is opened, so an unreadable transcript is
    /// the error reported when both are.
    ///
    /// - Parameters:
    ///   - file: The transcript file.
    ///   - format: The format to read, or `nil` to detect it.
    ///   - rosterPath: The roster file, when there is one.
    /// - Returns: The loaded session.
    /// - Throws: ``InputError`` for an unreadable transcript or an unreadable or unusable roster.
    static func load(_ file: String, format: TranscriptFormat? = nil, rosterPath: String?) throws -> LoadedSession {
        var input = try SessionInput(reading: FileInput.read(file), source: file, format: format)
        if let rosterPath { input.roster = SessionInput.NamedRoster(try RosterLoader.load(rosterPath), name: rosterPath) }
        return try SessionLoader.load(input)
    }
}
