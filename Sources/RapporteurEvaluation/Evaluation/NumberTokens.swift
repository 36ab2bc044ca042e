import Foundation
import RapporteurKit

/// Numbers in text: digit tokens (`40`, `1.5`, `1,429,100`, `40%`) and, for source text, numbers written in words
/// (`thirty five`, `five hundred million`).
enum NumberTokens {
    /// A number written with digits.
    struct Token: Sendable, Hashable {
        /// As written, with a trailing `%` when there is one.
        var text: String
        /// The value, thousands separators removed and `%` ignored; `nil` for forms like `1.2.3`.
        var value: Double?
    }

    private static let smallNumbers: [String: Double] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19,
    ]
    private static let tens: [String: Double] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    private static let scales: [String: Double] = ["thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12]

    /// The digit tokens of a text: a run of digits, with `.` or `,` between digits kept inside, and a following `%`.
    static func digitTokens(in text: String) -> [Token] {
        let characters = Array(text)
        var tokens: [Token] = []
        var index = 0
        while index < characters.count {
            guard isDigit(characters[index]) else {
                index += 1
                continue
            }
            var literal = ""
            while index < characters.count {
                let character = characters[index]
                let separatorInside = (character == "." || character == ",") && index + 1 < characters.count && isDigit(characters[index + 1])
                guard isDigit(character) || separatorInside else { break }
                literal.append(character)
                index += 1
            }
            let value = Double(literal.replacingOccurrences(of: ",", with: ""))
            let percent = index < characters.count && characters[index] == "%"
            if percent { index += 1 }
            tokens.append(Token(text: percent ? literal + "%" : literal, value: value))
        }
        return tokens
    }

    /// The values of numbers written in words, e.g. 35 for "thirty-five", 500 and 500,000,000 for "five hundred million".
    static func wordValues(in text: String) -> [Double] {
        var values: [Double] = []
        var total = 0.0
        var current = 0.0
        var inNumber = false
        func close() {
            if inNumber { values.append(total + current) }
            (total, current, inNumber) = (0, 0, false)
        }
        for word in text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init) {
            if let small = smallNumbers[word] {
                // "twenty five" is one number, "five six" and "fifteen two" are two.
                let lastTwo = current.truncatingRemainder(dividingBy: 100)
                if inNumber, lastTwo.truncatingRemainder(dividingBy: 10) > 0 || (10..<20).contains(lastTwo) { close() }
                current += small
                inNumber = true
            } else if let ten = tens[word] {
                if inNumber, current.truncatingRemainder(dividingBy: 100) > 0 { close() }
                current += ten
                inNumber = true
            } else if word == "hundred" {
                current = max(current, 1) * 100
                inNumber = true
            } else if let scale = scales[word] {
                if current > 0 { values.append(current) }
                total += max(current, 1) * scale
                current = 0
                inNumber = true
            } else if !(word == "and" && inNumber) {
                close()
            }
        }
        close()
        return values
    }

    private static func isDigit(_ character: Character) -> Bool {
        character.isASCII && character.isNumber
    }
}
