import Foundation
import RapporteurKit

extension SpeakerNameMatcher {
    /// Honorifics removed from the front of a name.
    private static let leadingTitles: Set<String> = [
        "the", "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "hon", "honourable", "honorable", "right", "rt",
        "sir", "dame", "lord", "lady", "madam", "mister", "minister", "senator", "ambassador",
    ]
    /// Post-nominals removed from the end of a name (Welsh AM/MS, MP, MLA …).
    private static let trailingTitles: Set<String> = ["am", "ms", "mp", "mla", "mpp", "msp", "td", "qc", "kc", "mep", "jr", "sr"]

    /// Lowercase words without punctuation or diacritics.
    static func words(_ text: String) -> [String] {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
        return folded.split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    /// The word forms of a name: all words, and (when different and not empty) without leading and trailing titles.
    static func forms(of text: String) -> [[String]] {
        let all = words(text)
        guard !all.isEmpty else { return [] }
        var stripped = ArraySlice(all)
        // "Minister Bains" loses its title, "Minister of Seniors" keeps it.
        while let first = stripped.first, leadingTitles.contains(first), stripped.count > 1,
            !["of", "for"].contains(stripped[stripped.startIndex + 1])
        {
            stripped = stripped.dropFirst()
        }
        while let last = stripped.last, trailingTitles.contains(last), stripped.count > 1 { stripped = stripped.dropLast() }
        let strippedForm = Array(stripped)
        return strippedForm == all ? [all] : [all, strippedForm]
    }

    /// Splits `Hon. Bill Morneau (Minister of Finance)` into the part before the first parenthesis and the texts
    /// inside each (nested) parenthesis.
    static func splitParentheses(_ label: String) -> (base: String, inner: [String]) {
        guard let open = label.firstIndex(of: "(") else { return (label, []) }
        let base = String(label[..<open]).trimmingCharacters(in: .whitespaces)
        var inner = String(label[label.index(after: open)...])
        if inner.hasSuffix(")") { inner.removeLast() }
        let (innerBase, nested) = splitParentheses(inner)
        let parts = [innerBase] + nested
        return (base.isEmpty ? innerBase : base, parts.filter { !$0.isEmpty })
    }

    /// Whether `run` occurs as consecutive words inside `words`.
    static func contains(_ words: [String], run: [String]) -> Bool {
        guard !run.isEmpty, run.count <= words.count else { return false }
        return (0...(words.count - run.count)).contains { Array(words[$0..<($0 + run.count)]) == run }
    }
}
