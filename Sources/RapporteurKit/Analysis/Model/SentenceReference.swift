import Foundation

/// Takes out of a written text the references to transcript sentences by number ("citing me010's sentences 93 and
/// 100", "as mentioned by mn047 in sentence 794").
///
/// The prompts number the transcript's sentences so that answers can cite them, and the model sometimes names the
/// numbers in the text as well. A reader cannot use them (the report cites its sentences itself), and the number
/// check reads them as numbers the transcript never states: on the ICSI meeting Bed009, 22 arguments were dropped
/// for it. Only a phrase with the word "sentence" and numbers that are all sentence IDs is removed.
enum SentenceReference {
    /// The text without its sentence references.
    ///
    /// - Parameters:
    ///   - text: The written text.
    ///   - isSentence: Whether a number is the ID of a transcript sentence.
    /// - Returns: The text with every reference whose numbers are all sentence IDs removed; `text` itself when there
    ///   is none, or when nothing would be left.
    static func removed(from text: String, isSentence: (Int) -> Bool) -> String {
        // An optional lead-in ("citing X's", "as mentioned by X in"), then "sentence(s)" and a list of numbers.
        let reference =
            #/(?i),?\s*(?:(?:citing|see|per|as\s+(?:mentioned|stated|said|noted|shown)(?:\s+by\s+[^\s,.;]+)?|according\s+to\s+[^\s,.;]+)\s+)?(?:in\s+)?(?:[^\s,.;]+['’]s\s+)?\(?sentences?\s+(?<numbers>\d+(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*[-–]\s*)\d+)*)\)?/#
        var removed = false
        let result = text.replacing(reference) { match -> Substring in
            let ids = match.output.numbers.split { !$0.isNumber }.compactMap { Int($0) }
            guard !ids.isEmpty, ids.allSatisfy(isSentence) else { return match.output.0 }
            removed = true
            return ""
        }
        guard removed else { return text }
        let tidied = result.replacing(#/\s+(?<mark>[.,;:!?])/#) { $0.output.mark }.trimmingWhitespace()
        return tidied.contains(where: \.isLetter) ? tidied : text
    }
}
