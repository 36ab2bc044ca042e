/// The input formats Rapporteur reads.
public enum TranscriptFormat: String, Sendable, Hashable, Codable, CaseIterable {
    /// `Speaker: text` lines, optionally prefixed by `[HH:MM:SS]` or `[start - end]`.
    case plain
    /// UN/IGF real-time caption layout: `>> NAME:` starts a turn.
    case captions
    /// WebVTT with `<v Name>` voice tags or `Name:` prefixes.
    case webvtt
    /// SubRip subtitles.
    case srt
    /// Speech-to-text JSON (`segments`) or a plain `turns` list.
    case json
}
