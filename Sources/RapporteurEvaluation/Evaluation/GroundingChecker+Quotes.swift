import Foundation
import RapporteurKit

extension GroundingChecker {
    /// Characters ignored at the ends of a quote or of its parts.
    private static let boundary = CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: "\"'.,;:!?-"))

    /// Passages of three or more words between “ ” or " " in generated text.
    static func inlineQuotes(in text: String) -> [String] {
        let curly = text.matches(of: /“([^”]+)”/).map { String($0.output.1) }
        let straight = text.matches(of: /"([^"]+)"/).map { String($0.output.1) }
        return (curly + straight).filter { $0.split(whereSeparator: \.isWhitespace).count >= 3 }
    }

    /// Whether a quote occurs in a source text; see ``GroundingChecker`` for the rules.
    static func isVerbatim(_ quote: String, in source: String) -> Bool {
        let haystack = normalised(source)
        let parts = normalised(quote).replacingOccurrences(of: "…", with: "...").components(separatedBy: "...")
            .map { $0.trimmingCharacters(in: boundary) }
            .filter { !$0.isEmpty }
        guard !parts.isEmpty else { return false }
        var searchFrom = haystack.startIndex
        for part in parts {
            guard let range = haystack.range(of: part, range: searchFrom..<haystack.endIndex) else { return false }
            searchFrom = range.upperBound
        }
        return true
    }

    /// Lowercased, curly quotes straightened, white space collapsed to single spaces.
    static func normalised(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for character in text.lowercased() {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.append(" ") }
            pendingSpace = false
            switch character {
            case "‘", "’", "‚", "‛", "′": result.append("'")
            case "“", "”", "„", "‟", "″": result.append("\"")
            default: result.append(character)
            }
        }
        return result
    }
}
