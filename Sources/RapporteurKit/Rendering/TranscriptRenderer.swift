/// Renders a normalised ``Transcript`` with its sentence IDs and timestamps, the IDs every report cites.
///
/// Used by `rapporteur transcript FILE --to text|markdown|html|json`. Each line or entry reads
/// `[12] 00:01:02 Speaker: text`; the time is left out for untimed turns.
public struct TranscriptRenderer: Sendable {
    /// Creates a transcript renderer; all rendering is done by the static ``render(_:as:)``.
    public init() {}

    /// Renders a transcript in one format.
    ///
    /// - Parameters:
    ///   - transcript: The normalised transcript.
    ///   - format: `text` gives plain lines; `markdown` a header, the speakers and an anchored list; `html` a
    ///     self-contained page; `json` `{source, format, speakers, sentences: [{id, speaker, text, turn, start?, end?}],
    ///     diagnostics}`.
    /// - Returns: The document, ending with a newline.
    public static func render(_ transcript: Transcript, as format: ReportFormat) -> String {
        switch format {
        case .text: plainText(transcript)
        case .markdown: markdown(transcript)
        case .html: html(transcript)
        case .json: JSONRenderer.encode(TranscriptDocument(transcript))
        }
    }

    /// The JSON shape of a rendered transcript.
    private struct TranscriptDocument: Encodable {
        var source: String
        var format: TranscriptFormat
        var speakers: [SpeakerInfo]
        var sentences: [Sentence]
        var diagnostics: [Diagnostic]

        init(_ transcript: Transcript) {
            source = transcript.source
            format = transcript.format
            speakers = transcript.speakers
            sentences = transcript.sentences
            diagnostics = transcript.diagnostics
        }
    }

    private static func plainText(_ transcript: Transcript) -> String {
        transcript.sentences.map { TranscriptLine.plain($0) + "\n" }.joined()
    }

    private static func summaryLine(_ transcript: Transcript) -> String {
        let sentences = ReportNumbers.counted(transcript.sentences.count, "sentence", "sentences")
        let turns = ReportNumbers.counted(transcript.turns.count, "turn", "turns")
        let speakers = ReportNumbers.counted(transcript.speakers.count, "speaker", "speakers")
        let timing = transcript.hasTimestamps ? "timed" : "not fully timed"
        return "Format \(transcript.format.rawValue), \(sentences), \(turns), \(speakers), \(timing)"
    }

    private static func speakerLine(_ speaker: SpeakerInfo) -> String {
        guard let role = speaker.role, !role.isEmpty else { return speaker.name }
        return "\(speaker.name) – \(role)"
    }

    private static func markdown(_ transcript: Transcript) -> String {
        var parts = ["# Transcript: \(MarkdownEscaping.escape(transcript.source))", MarkdownEscaping.escape(summaryLine(transcript))]
        parts.append("## Speakers")
        parts.append(transcript.speakers.map { "- \(MarkdownEscaping.escape(speakerLine($0)))" }.joined(separator: "\n"))
        if !transcript.diagnostics.isEmpty {
            parts.append("## Diagnostics")
            let lines = transcript.diagnostics.map { "- \(MarkdownEscaping.escape(ReportOutline.diagnosticLine($0)))" }
            parts.append(lines.joined(separator: "\n"))
        }
        parts.append("## Sentences")
        parts.append(transcript.sentences.isEmpty ? "_None._" : MarkdownRenderer.transcriptLines(transcript.sentences))
        return parts.joined(separator: "\n\n") + "\n"
    }

    private static func html(_ transcript: Transcript) -> String {
        let escape = HTMLEscaping.escape
        var lines = [
            #"<header class="session">"#, "<h1>Transcript: \(escape(transcript.source))</h1>", "<p>\(escape(summaryLine(transcript)))</p>",
            "</header>",
        ]
        lines += ["<section>", "<h2>Speakers</h2>", "<ul>"]
        lines += transcript.speakers.map { "<li>\(escape(speakerLine($0)))</li>" }
        lines += ["</ul>", "</section>"]
        if !transcript.diagnostics.isEmpty {
            lines += ["<section>", "<h2>Diagnostics</h2>", "<ul>"]
            lines += transcript.diagnostics.map { "<li>\(escape(ReportOutline.diagnosticLine($0)))</li>" }
            lines += ["</ul>", "</section>"]
        }
        lines += ["<section>", "<h2>Sentences</h2>", HTMLPage.transcriptList(transcript.sentences), "</section>"]
        return HTMLPage.document(title: "Transcript: \(transcript.source)", body: lines.joined(separator: "\n"))
    }
}
