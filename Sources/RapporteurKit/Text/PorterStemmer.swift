/// The Porter (1980) suffix-stripping stemmer exactly as NLTK's `PorterStemmer()` runs it in its default
/// `NLTK_EXTENSIONS` mode (nltk 3.10.4, `nltk/stem/porter.py`).
///
/// This is the stemmer `rouge_score` 0.1.2 uses (`tokenizers.DefaultTokenizer` builds `porter.PorterStemmer()` with no
/// mode), so ROUGE with stemming matches the published scores only with these rules. The NLTK extensions over
/// the 1980 paper are: a table of irregular forms (`dying` → `die`, `news` → `news`), words of at most two letters
/// left alone, `ies`/`ied` of four-letter words kept as `ie`, step 1c only after a consonant, `bli` → `ble`
/// instead of `abli` → `able`, `alli` handled recursively, the `fulli` and `logi` rules in step 2, and a
/// two-letter vowel–consonant word counting as *cvc*.
enum PorterStemmer {
    /// A word as a list of Unicode scalars, the unit Python's `str` indexes.
    typealias Letters = [Unicode.Scalar]

    private static let irregularForms: [String: String] = [
        "sky": "sky", "skies": "sky", "dying": "die", "lying": "lie", "tying": "tie", "news": "news",
        "innings": "inning", "inning": "inning", "outings": "outing", "outing": "outing",
        "cannings": "canning", "canning": "canning", "howe": "howe",
        "proceed": "proceed", "exceed": "exceed", "succeed": "succeed",
    ]

    /// Stems one word.
    /// - Parameter word: The word; it is lowercased first.
    /// - Returns: The stem.
    static func stem(_ word: String) -> String {
        let lower = word.lowercased()
        if let irregular = irregularForms[lower] { return irregular }
        let letters = Letters(lower.unicodeScalars)
        if letters.count <= 2 { return lower }
        var result = step1a(letters)
        result = step1b(result)
        result = step1c(result)
        result = step2(result)
        result = step3(result)
        result = step4(result)
        result = step5a(result)
        result = step5b(result)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: result)
        return String(view)
    }

    // MARK: Steps

    static func step1a(_ word: Letters) -> Letters {
        if word.count == 4, ends(word, with: "ies") { return replacingSuffix(of: word, length: 3, with: "ie") }
        return applyRules(word, [.init("sses", "ss"), .init("ies", "i"), .init("ss", "ss"), .init("s", "")])
    }

    static func step1b(_ word: Letters) -> Letters {
        if ends(word, with: "ied") { return replacingSuffix(of: word, length: 3, with: word.count == 4 ? "ie" : "i") }
        if ends(word, with: "eed") {
            let stem = Letters(word.dropLast(3))
            return measure(stem) > 0 ? stem + Letters("ee".unicodeScalars) : word
        }
        var intermediate: Letters?
        for suffix in ["ed", "ing"] where ends(word, with: suffix) {
            let candidate = Letters(word.dropLast(suffix.unicodeScalars.count))
            if containsVowel(candidate) {
                intermediate = candidate
                break
            }
        }
        guard let stem = intermediate, let last = stem.last else { return word }
        if ends(stem, with: "at") { return stem + Letters("e".unicodeScalars) }
        if ends(stem, with: "bl") { return stem + Letters("e".unicodeScalars) }
        if ends(stem, with: "iz") { return stem + Letters("e".unicodeScalars) }
        if endsWithDoubleConsonant(stem) {
            return "lsz".unicodeScalars.contains(last) ? stem : Letters(stem.dropLast())
        }
        if measure(stem) == 1, endsWithCVC(stem) { return stem + Letters("e".unicodeScalars) }
        return stem
    }

    static func step1c(_ word: Letters) -> Letters {
        guard ends(word, with: "y") else { return word }
        let stem = Letters(word.dropLast())
        guard stem.count > 1, isConsonant(stem, at: stem.count - 1) else { return word }
        return stem + Letters("i".unicodeScalars)
    }

    static func step2(_ word: Letters) -> Letters {
        if ends(word, with: "alli"), measure(Letters(word.dropLast(4))) > 0 {
            return step2(replacingSuffix(of: word, length: 4, with: "al"))
        }
        let positive: @Sendable (Letters) -> Bool = { measure($0) > 0 }
        var rules: [Rule] = [
            ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("bli", "ble"),
            ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"),
            ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"),
            ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"), ("fulli", "ful"),
        ].map { Rule($0.0, $0.1, positive) }
        let withoutOgi = Letters(word.dropLast(3))
        rules.append(Rule("logi", "log") { _ in measure(withoutOgi) > 0 })
        return applyRules(word, rules)
    }

    static func step3(_ word: Letters) -> Letters {
        let rules = [("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", "")]
        return applyRules(word, rules.map { Rule($0.0, $0.1) { measure($0) > 0 } })
    }

    static func step4(_ word: Letters) -> Letters {
        let above1: @Sendable (Letters) -> Bool = { measure($0) > 1 }
        let before = ["al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent"]
        let after = ["ou", "ism", "ate", "iti", "ous", "ive", "ize"]
        var rules = before.map { Rule($0, "", above1) }
        rules.append(Rule("ion", "") { stem in measure(stem) > 1 && (stem.last == "s" || stem.last == "t") })
        rules += after.map { Rule($0, "", above1) }
        return applyRules(word, rules)
    }

    static func step5a(_ word: Letters) -> Letters {
        guard ends(word, with: "e") else { return word }
        let stem = Letters(word.dropLast())
        let stemMeasure = measure(stem)
        if stemMeasure > 1 { return stem }
        if stemMeasure == 1, !endsWithCVC(stem) { return stem }
        return word
    }

    static func step5b(_ word: Letters) -> Letters {
        guard ends(word, with: "ll") else { return word }
        return measure(Letters(word.dropLast())) > 1 ? Letters(word.dropLast()) : word
    }
}
