public import Foundation

/// What a session is loaded from (``SessionLoader``): a transcript as read, and the roster when there is one.
///
/// Reading the files is the caller's: the command line reads the transcript's bytes and decodes a YAML or JSON
/// roster; the core takes the values.
public struct SessionInput: Sendable, Hashable {
    /// A decoded roster and the name of the file it came from, for errors and warnings.
    public struct NamedRoster: Sendable, Hashable {
        /// The roster.
        public var roster: Roster
        /// Its file name.
        public var name: String

        /// Names a roster.
        ///
        /// - Parameters:
        ///   - roster: The roster.
        ///   - name: Its file name, for errors and warnings.
        public init(_ roster: Roster, name: String) {
            self.roster = roster
            self.name = name
        }
    }

    /// The transcript as read, speakers not yet named or merged.
    public var transcript: RawTranscript
    /// The transcript's file name, the built transcript's `source`.
    public var source: String
    /// The roster, when there is one: it decides the names and roles.
    public var roster: NamedRoster?

    /// Creates the input from a transcript already read.
    ///
    /// - Parameters:
    ///   - transcript: The transcript as read.
    ///   - source: Its file name.
    ///   - roster: The roster, when there is one.
    public init(transcript: RawTranscript, source: String, roster: NamedRoster? = nil) {
        self.transcript = transcript
        self.source = source
        self.roster = roster
    }

    /// Creates the input from a transcript file's bytes, detecting the format unless one is given; the roster
    /// can be set afterwards (so that a transcript that cannot be read is reported before a roster is opened).
    ///
    /// - Parameters:
    ///   - data: The transcript file's bytes.
    ///   - source: Its file name, for format detection and errors.
    ///   - format: The format to read, or `nil` to detect it.
    ///   - roster: The roster, when there is one.
    /// - Throws: ``InputError`` for an unreadable transcript (see ``TranscriptReader/read(_:name:format:)``).
    public init(reading data: Data, source: String, format: TranscriptFormat? = nil, roster: NamedRoster? = nil) throws(InputError) {
        self.init(transcript: try TranscriptReader.read(data, name: source, format: format), source: source, roster: roster)
    }
}
