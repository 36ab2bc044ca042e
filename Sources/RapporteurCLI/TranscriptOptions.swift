public import ArgumentParser
import RapporteurKit

/// The options every command that reads a transcript shares.
struct TranscriptOptions: ParsableArguments {
    @ArgumentParser.Argument(help: "The transcript: Speaker: text lines, IGF/UN captions, WebVTT, SRT or speech-to-text JSON.")
    var file: String

    @Option(help: "The input format, when detection guesses wrong: \(TranscriptFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: TranscriptFormat?

    @Option(help: "A roster (YAML or JSON) that renames and merges speakers and gives their roles.")
    var roster: String?

    /// Reads, normalises and measures the transcript.
    ///
    /// - Returns: The loaded session.
    /// - Throws: ``InputError`` for any unusable input.
    func load() throws -> LoadedSession {
        let data = try FileInput.read(file)
        var raw = try TranscriptReader.read(data, name: file, format: format)
        var speakers: [SpeakerInfo]?
        var rosterEntries: [Roster.Entry]?
        var session: SessionInfo?
        if let roster {
            let loaded = try RosterLoader.load(roster)
            (raw, speakers) = try loaded.apply(to: raw, rosterName: roster)
            rosterEntries = loaded.speakers
            session = loaded.session
        } else if let merged = LabelRoles.merge(raw) {
            (raw, speakers) = merged
        }
        let transcript = TranscriptBuilder.build(raw, source: file, speakers: speakers)
        return LoadedSession(
            transcript: transcript,
            statistics: TalkStatistics.measure(transcript),
            rosterNames: rosterEntries.map { Set($0.map(\.name)) },
            session: session
        )
    }
}

extension TranscriptFormat: ExpressibleByArgument {}
