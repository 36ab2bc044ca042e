public import RapporteurKit

/// A timed step of the deterministic path that ``BenchmarkWorkload`` runs.
public enum BenchmarkPhase: String, Sendable, Hashable, Codable, CaseIterable {
    /// Decoding and parsing the file (``TranscriptReader``).
    case read
    /// Sentence splitting (``TranscriptBuilder``) and talk statistics (``TalkStatistics``).
    case splitAndCount = "split+count"
    /// Building the stand-in report (``BenchmarkReport``); the real tool has a model do this, so it is not in the total.
    case buildReport = "build report"
    /// Checking every item of the report (``GroundingVerifier``) and its support (``SupportVerifier``), including
    /// building the verifiers.
    case verify
    /// Rendering the report as plain text.
    case renderText = "render text"
    /// Rendering the report as Markdown.
    case renderMarkdown = "render markdown"
    /// Rendering the report as HTML.
    case renderHTML = "render html"
    /// Rendering the report as JSON.
    case renderJSON = "render json"

    /// The phase that renders a format.
    ///
    /// - Parameter format: The format.
    /// - Returns: Its render phase.
    public static func render(_ format: ReportFormat) -> BenchmarkPhase {
        switch format {
        case .text: .renderText
        case .markdown: .renderMarkdown
        case .html: .renderHTML
        case .json: .renderJSON
        }
    }

    /// Whether the phase is part of the tool's own deterministic path (every phase but ``buildReport``).
    public var isInTotal: Bool { self != .buildReport }

    /// Whether the phase belongs to the target: read, split and count, and rendering the full report.
    public var isInTarget: Bool { self != .buildReport && self != .verify }
}
