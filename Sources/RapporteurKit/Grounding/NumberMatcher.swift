/// Finds the numbers written in a text, in a normalised form, so generated text can be checked against sources.
///
/// A number is a run of digits with `.` or `,` allowed between digits: `1.5`, `40` (of `40%`), `2035`,
/// `1,429,100` (thousands separators are removed, so `1,429,100` and `1429100` are the same number). A comma
/// that does not separate groups of three digits separates two numbers (`1,2` is `1` and `2`).
/// Sources also count their spelled-out numbers (`two`, `twenty-five`, `first`), so a generated `25` is
/// supported by a sentence that says "twenty-five".
enum NumberMatcher {
    /// The numbers written with digits in `text`, normalised, in order of first appearance.
    ///
    /// - Parameter text: Any text.
    /// - Returns: The normalised numbers, without repeats.
    static func numbers(in text: String) -> [String] {
        var result: [String] = []
        var seen = Set<String>()
        for token in digitTokens(in: text) {
            for number in normalise(token) where seen.insert(number).inserted {
                result.append(number)
            }
        }
        return result
    }

    /// Every number a source text supports: its digit numbers and its spelled-out numbers.
    ///
    /// - Parameter text: The source text (cited sentences).
    /// - Returns: The normalised numbers.
    static func supportedNumbers(in text: String) -> Set<String> {
        Set(numbers(in: text)).union(spelledNumbers(in: text))
    }

    /// Maximal runs of digits joined by single `.` or `,` between digits.
    private static func digitTokens(in text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            if character.isASCII && character.isNumber {
                current.append(character)
            } else if character == "." || character == ",", !current.isEmpty, index + 1 < characters.count,
                characters[index + 1].isASCII && characters[index + 1].isNumber
            {
                current.append(character)
            } else if !current.isEmpty {
                tokens.append(current)
                current = ""
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    /// Removes thousands separators; splits tokens whose commas are not thousands separators.
    private static func normalise(_ token: String) -> [String] {
        let groups = token.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        guard groups.count > 1 else { return [withoutDotThousands(token)] }
        let head = groups[0]
        let middle = groups.dropFirst().dropLast()
        let last = groups[groups.count - 1]
        let lastInteger = last.split(separator: ".", omittingEmptySubsequences: false).first.map(String.init) ?? last
        let isThousands =
            (1...3).contains(head.count) && !head.contains(".") && middle.allSatisfy { $0.count == 3 && !$0.contains(".") }
            && lastInteger.count == 3 && last.filter({ $0 == "." }).count <= 1
        return isThousands ? [groups.joined()] : groups.map(withoutDotThousands)
    }

    /// `1.429.100` (dots as thousands separators, two or more of them) becomes `1429100`; anything else is kept.
    private static func withoutDotThousands(_ token: String) -> String {
        let groups = token.split(separator: ".", omittingEmptySubsequences: false)
        guard groups.count > 2, (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else {
            return token
        }
        return groups.joined()
    }

    private static let units: [String: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "first": 1, "second": 2, "third": 3, "fourth": 4,
        "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
        "hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000, "dozen": 12,
    ]
    private static let tens: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]

    /// Spelled-out numbers: single words, and a tens word followed by a unit (`twenty-five`, `twenty five`).
    private static func spelledNumbers(in text: String) -> Set<String> {
        let words = text.lowercased().split { !$0.isLetter }.map(String.init)
        var result = Set<String>()
        for (index, word) in words.enumerated() {
            if let value = units[word] { result.insert(String(value)) }
            guard let ten = tens[word] else { continue }
            result.insert(String(ten))
            if index + 1 < words.count, let unit = units[words[index + 1]], (1...9).contains(unit) {
                result.insert(String(ten + unit))
            }
        }
        return result
    }
}
