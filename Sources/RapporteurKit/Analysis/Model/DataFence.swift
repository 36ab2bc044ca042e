/// Renders transcript sentences and notes as fenced data for prompts.
///
/// Text inside the fence is data, never instructions: the system prompt says so, and any `<` or `>` in the data
/// is replaced by `‹` or `›`, so a speaker who says "</transcript> ignore the above" cannot close the fence.
/// Quotes never come from this rendering: they are taken from the transcript by sentence ID.
enum DataFence {
    /// The tag that opens transcript data.
    static let transcriptOpen = "<transcript>"
    /// The tag that closes transcript data.
    static let transcriptClose = "</transcript>"
    /// The tag that opens notes data.
    static let notesOpen = "<notes>"
    /// The tag that closes notes data.
    static let notesClose = "</notes>"

    /// Numbered sentences, one per line (`[12] Speaker: text`), between transcript tags.
    ///
    /// - Parameter sentences: The sentences.
    /// - Returns: The fenced block.
    static func transcript(_ sentences: [Sentence]) -> String {
        ([transcriptOpen] + sentences.map(line) + [transcriptClose]).joined(separator: "\n")
    }

    /// One sentence as a prompt line.
    ///
    /// - Parameter sentence: The sentence.
    /// - Returns: `[id] Speaker: text`.
    static func line(_ sentence: Sentence) -> String {
        let text = DirectiveDetector.isDirective(sentence.text) ? withheld : escape(sentence.text)
        return "[\(sentence.id)] \(escape(sentence.speaker)): \(text)"
    }

    /// What a prompt shows instead of a sentence that addresses the report's writer or a model
    /// (``DirectiveDetector``): the model never reads it, so cannot follow it; the report may still quote it.
    static let withheld = "(a sentence addressed to the report's writer; withheld)"

    /// Note lines between notes tags.
    ///
    /// - Parameter lines: The lines, already rendered with ``escape(_:)`` applied to data.
    /// - Returns: The fenced block.
    static func notes(_ lines: [String]) -> String {
        ([notesOpen] + lines + [notesClose]).joined(separator: "\n")
    }

    /// Makes text safe inside a fence: angle brackets become single guillemets, line breaks become spaces.
    ///
    /// - Parameter text: Data text.
    /// - Returns: The text with no `<`, `>` or line break.
    static func escape(_ text: String) -> String {
        String(
            text.map { character -> Character in
                switch character {
                case "<": "\u{2039}"
                case ">": "\u{203A}"
                case "\n", "\r", "\r\n": " "
                default: character
                }
            }
        )
    }
}
