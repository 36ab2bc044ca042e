import Foundation

/// Tidies the texts of a reply that a grammar-constrained server cut at their schema's `maxLength`.
///
/// Such a server closes a string when it reaches its cap, wherever that falls, so a capped text can end in the
/// middle of a word. It can also close it a few characters early: the grammar admits only whole tokens, and
/// when no token fits the room left, the closing quote is all it allows (measured: 80-character headings cut at
/// 79, "… and Giving P"). So a text within ``slack`` characters of its cap that does not end a sentence counts as
/// cut: it keeps its complete sentences, or, when it has none, its complete words and an ellipsis. A paragraph
/// (a cap of at least ``paragraphLength``) that does not end a sentence is tidied at any length: the model copies
/// texts between fields, and a sentence cut at its own cap comes back inside a paragraph (measured: IGF's summary
/// paragraph was the purpose, cut at 300 characters, "… in translating the"). Other texts are left as they are.
enum CappedText {
    /// How many characters short of its cap a text may end and still count as cut (a long token's length).
    static let slack = 10

    /// The smallest cap that marks a paragraph.
    static let paragraphLength = 500

    /// The reply with every capped string tidied.
    ///
    /// - Parameters:
    ///   - reply: The reply as `JSONSerialization` reads it.
    ///   - schema: The schema the reply was constrained by.
    ///   - changed: Set to `true` when a string was tidied.
    /// - Returns: The reply, tidied.
    static func tidy(_ reply: Any, schema: JSONValue, changed: inout Bool) -> Any {
        guard case .object(let keywords) = schema else { return reply }
        if case .object(let properties) = keywords["properties"], var object = reply as? [String: Any] {
            for (key, property) in properties {
                if let value = object[key] { object[key] = tidy(value, schema: property, changed: &changed) }
            }
            return object
        }
        if let items = keywords["items"], let array = reply as? [Any] {
            return array.map { tidy($0, schema: items, changed: &changed) }
        }
        if case .number(let maxLength) = keywords["maxLength"], let text = reply as? String {
            let tidied = tidy(text, maxLength: Int(saturating: maxLength))
            if tidied != text { changed = true }
            return tidied
        }
        return reply
    }

    /// One text, tidied if it reached its cap or is an unfinished paragraph.
    ///
    /// - Parameters:
    ///   - text: The text as the model wrote it.
    ///   - maxLength: Its cap, in Unicode scalars.
    /// - Returns: The text, or its complete sentences, or its complete words and an ellipsis.
    static func tidy(_ text: String, maxLength: Int) -> String {
        guard maxLength >= paragraphLength || text.unicodeScalars.count >= maxLength - slack else { return text }
        let trimmed = text.trimmingWhitespace()
        if endsSentence(trimmed) { return trimmed }
        let sentences = SentenceSplitter.split(trimmed)
        if sentences.count > 1 { return sentences.dropLast().joined(separator: " ") }
        guard let space = trimmed.lastIndex(where: \.isWhitespace) else { return trimmed + "…" }
        return String(trimmed[..<space]).trimmingWhitespace() + "…"
    }

    /// Whether the text ends with terminal punctuation, possibly followed by closing quotes or brackets, by the
    /// sentence splitter's own rules.
    private static func endsSentence(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last(where: { !SentenceBoundaryRules.isClosing($0) }) else { return false }
        return SentenceBoundaryRules.isTerminal(last)
    }
}
