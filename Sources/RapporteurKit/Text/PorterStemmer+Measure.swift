extension PorterStemmer {
    /// A suffix rule: replace `suffix` by `replacement` when `condition` holds for the stem without the suffix.
    struct Rule {
        let suffix: String
        let replacement: String
        let condition: (@Sendable (Letters) -> Bool)?

        init(_ suffix: String, _ replacement: String, _ condition: (@Sendable (Letters) -> Bool)? = nil) {
            self.suffix = suffix
            self.replacement = replacement
            self.condition = condition
        }
    }

    /// Applies the first rule whose suffix the word ends with; if its condition fails the word is kept
    /// (later rules are not tried), as in NLTK's `_apply_rule_list`.
    static func applyRules(_ word: Letters, _ rules: [Rule]) -> Letters {
        for rule in rules where ends(word, with: rule.suffix) {
            let stem = Letters(word.dropLast(rule.suffix.unicodeScalars.count))
            guard rule.condition?(stem) ?? true else { return word }
            return stem + Letters(rule.replacement.unicodeScalars)
        }
        return word
    }

    /// Whether each letter is a consonant: not a, e, i, o, u, and `y` only when it starts the word or follows a vowel.
    static func consonantFlags(_ word: Letters) -> [Bool] {
        var flags: [Bool] = []
        flags.reserveCapacity(word.count)
        for (index, letter) in word.enumerated() {
            switch letter {
            case "a", "e", "i", "o", "u": flags.append(false)
            case "y": flags.append(index == 0 ? true : !flags[index - 1])
            default: flags.append(true)
            }
        }
        return flags
    }

    static func isConsonant(_ word: Letters, at index: Int) -> Bool {
        consonantFlags(Letters(word[...index]))[index]
    }

    /// The Porter measure *m*: the number of vowel–consonant sequences in `[C](VC){m}[V]`.
    static func measure(_ stem: Letters) -> Int {
        let flags = consonantFlags(stem)
        guard flags.count > 1 else { return 0 }
        return (1..<flags.count).filter { !flags[$0 - 1] && flags[$0] }.count
    }

    static func containsVowel(_ stem: Letters) -> Bool {
        consonantFlags(stem).contains(false)
    }

    static func endsWithDoubleConsonant(_ word: Letters) -> Bool {
        word.count >= 2 && word[word.count - 1] == word[word.count - 2] && isConsonant(word, at: word.count - 1)
    }

    /// *o*: consonant–vowel–consonant where the last is not w, x or y; NLTK also counts a two-letter vowel–consonant word.
    static func endsWithCVC(_ word: Letters) -> Bool {
        let flags = consonantFlags(word)
        let count = word.count
        if count >= 3, let last = word.last {
            return flags[count - 3] && !flags[count - 2] && flags[count - 1] && !"wxy".unicodeScalars.contains(last)
        }
        return count == 2 && !flags[0] && flags[1]
    }

    static func ends(_ word: Letters, with suffix: String) -> Bool {
        let tail = Letters(suffix.unicodeScalars)
        return word.count >= tail.count && Letters(word[(word.count - tail.count)...]) == tail
    }

    static func replacingSuffix(of word: Letters, length: Int, with replacement: String) -> Letters {
        Letters(word.dropLast(length)) + Letters(replacement.unicodeScalars)
    }
}
