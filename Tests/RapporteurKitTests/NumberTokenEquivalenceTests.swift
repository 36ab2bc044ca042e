import Testing

@testable import RapporteurKit

/// The byte-level number finder of the grounding verifier agrees with the character-level rule it replaced.
@Suite struct NumberTokenEquivalenceTests {
    /// The rule as it was written on `Character`s, kept as the reference.
    static func referenceNumbers(in text: String) -> [String] {
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
        var seen = Set<String>()
        return tokens.flatMap { NumberMatcher.numbers(in: $0) }.filter { seen.insert($0).inserted }
    }

    @Test(arguments: [
        "In 2035, 1.5 degrees and 40% of 1,429,100 people.",
        "Keycap 1\u{FE0F}\u{20E3} and 2\u{20E3} are not digits, 3 is.",
        "Marked 5\u{301} and 6.\u{301}7 and 8,\u{300}9 and 1.2\u{301}",
        "Arabic sign \u{0600}12 then 34, Devanagari 5\u{093E} and 6",
        "Emoji 👍🏽 7 and flags 🇨🇦 8, 9…10 – 11—12 ’13’",
        "Trailing 1.",
        "",
        "é1ü2.3ø",
    ])
    func byteScanFindsTheSameNumbersAsTheCharacterRule(text: String) {
        #expect(NumberMatcher.numbers(in: text) == Self.referenceNumbers(in: text))
    }
}
