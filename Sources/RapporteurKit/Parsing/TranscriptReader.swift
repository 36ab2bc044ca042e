public import Foundation

/// Reads a transcript file in any supported format into a ``RawTranscript``.
///
/// The formats are described in ``TranscriptFormat``; the rules each reader follows are documented on the reader
/// (`PlainTextReader`, `CaptionReader`, `WebVTTReader`, `SRTReader`, `JSONTranscriptReader`). Every turn keeps its
/// 1-based input line, its text has white space collapsed, and problems the input survives become diagnostics.
public enum TranscriptReader {
    /// The label of a turn whose input names no speaker (a bare `>>`, a cue without a voice, a JSON `null` speaker).
    public static let unidentifiedSpeaker = "Unidentified speaker"

    /// Decodes and parses a transcript.
    ///
    /// The bytes must be UTF-8 (a byte order mark is allowed; UTF-16 with a byte order mark is accepted too).
    ///
    /// - Parameters:
    ///   - data: The file's bytes.
    ///   - name: The file name, used in messages and, for detection, its extension.
    ///   - format: The format to read, or `nil` to detect it with ``detectFormat(_:name:)``.
    /// - Returns: The turns with raw speaker labels, and the warnings the input gave.
    /// - Throws: ``InputError`` naming the file, the line when there is one, and the reason: an empty or binary file,
    ///   bytes that are not UTF-8, a malformed input in the chosen format, or (when detecting) text that matches no
    ///   format, or a transcript without a single turn of text. Suspicious but usable input (empty turns, unnamed speakers) is not an error; see
    ///   ``RawTranscript/diagnostics``.
    public static func read(_ data: Data, name: String, format: TranscriptFormat? = nil) throws(InputError) -> RawTranscript {
        let raw = try parse(data, name: name, format: format)
        guard !raw.turns.isEmpty else {
            let first = raw.diagnostics.first?.line.map { ", see the first at line \($0)" } ?? ""
            let skipped = raw.diagnostics.isEmpty ? "" : " (\(raw.diagnostics.count) empty or unusable\(first))"
            throw InputError(file: name, reason: "the transcript has no turn with text\(skipped); there is nothing to measure or report")
        }
        return raw
    }

    private static func parse(_ data: Data, name: String, format: TranscriptFormat?) throws(InputError) -> RawTranscript {
        let text = try InputText.decode(data, name: name)
        let chosen = format ?? detectFormat(text, name: name)
        switch chosen {
        case .plain:
            do {
                return try PlainTextReader.read(text, file: name)
            } catch  where format == nil && error.line == nil {
                throw InputError(
                    file: name,
                    reason: "not a transcript in a format Rapporteur reads: tried WebVTT (no `WEBVTT` header), SRT (no numbered cue), "
                        + "JSON (does not start with `{` or `[`), captions (no line starting with `>>`) and plain text "
                        + "(no line of the form `Speaker: text`)"
                )
            }
        case .captions: return CaptionReader.read(text, file: name)
        case .webvtt: return try WebVTTReader.read(text, file: name)
        case .srt: return try SRTReader.read(text, file: name)
        case .json: return try JSONTranscriptReader.read(text, file: name)
        }
    }

    /// Guesses the format of a decoded transcript.
    ///
    /// Content that is unmistakable wins (a `WEBVTT` header, a numbered SRT cue, text starting like JSON); then the
    /// extension (`.vtt`, `.srt`, `.json`); then lines starting with `>>` mean ``TranscriptFormat/captions``; anything
    /// else is ``TranscriptFormat/plain``.
    ///
    /// - Parameters:
    ///   - text: The decoded input.
    ///   - name: The file name; only its extension is used.
    /// - Returns: The most likely format.
    public static func detectFormat(_ text: String, name: String) -> TranscriptFormat {
        FormatDetector.detect(text, name: name)
    }
}
