public import ArgumentParser
import RapporteurKit

/// The options every command that reads a transcript shares.
struct TranscriptOptions: ParsableArguments {
    @ArgumentParser.Argument(help: "The transcript: Speaker: text lines, IGF/UN captions, WebVTT, SRT or speech-to-text JSON.")
    var file: String

    @Option(help: "The input format, when detection guesses wrong.")
    var format: TranscriptFormat?

    @Option(help: "A roster (YAML or JSON) that renames and merges speakers and gives their roles.")
    var roster: String?

    /// The files read: the transcript and the roster.
    var files: [String] { [file] + (roster.map { [$0] } ?? []) }

    /// Reads, normalises and measures the transcript.
    ///
    /// - Returns: The loaded session.
    /// - Throws: ``InputError`` for any unusable input.
    func load() throws -> LoadedSession {
        try SessionFiles.load(file, format: format, rosterPath: roster)
    }
}

extension TranscriptFormat: ExpressibleByArgument {}
