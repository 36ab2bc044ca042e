import Foundation

/// Recognises a speaker label in front of a turn: `Name: text`.
///
/// The rule, shared by the plain, caption, WebVTT and SRT readers, prefers a continuation over a false new turn.
/// The label is the text before the first `:` that is followed by white space or ends the line (a `:` inside
/// parentheses does not count). It is a speaker label only when all of these hold:
///
/// - it is at most 120 characters long and its parentheses balance; parenthesised parts such as a constituency or
///   office (`Hon. Bill Blair (Minister of Public Safety)`) are allowed and not checked further;
/// - outside the parentheses it has 1 to 6 words, starts with a letter, and holds only letters, digits, spaces and
///   `.` `'` `’` `-` `‑` `_` `&` `/` `,` (so no `?`, `!`, `;` or quotes);
/// - every word starts with a capital letter or contains a digit (`SPEAKER_00`, `me012`), or is a lower-case name
///   particle (`de`, `van`, `of`, `the` …) or role word (`member`, `speaker`, `floor` …, so `Audience member` and
///   `Participant from the floor` qualify), and at least one word is not a particle;
/// - a label of one or two words does not begin with a document word such as `Note`, `Example`, `Article`,
///   `Question`, `Date` or `Title`, or a discourse word such as `However`, `So`, `Yes` or `We`, which introduce text
///   rather than name a speaker.
///
/// So `Note: the following…` continues the current turn, `So the answer is: no` is not a label, and `The Chair (Hon.
/// Anthony Rota (Nipissing, Lib.)): I call…` is.
enum SpeakerLabel {
    /// Splits `Label: text` into the label and the text after it.
    ///
    /// - Parameter line: A line (or the rest of one after a timestamp or `>>`).
    /// - Returns: The trimmed label and the text after the colon, or `nil` when the line does not start with a label.
    ///   A label that passes the rule only once its invisible characters and escape sequences are taken out is
    ///   returned in that form (``normalised(_:)``).
    static func split(_ line: some StringProtocol) -> (label: String, text: Substring)? {
        let line = Substring(line)
        guard let colon = labelColon(in: line) else { return nil }
        let label = line[..<colon].trimmingWhiteSpace()
        let text = line[line.index(after: colon)...]
        if isLabel(label) { return (String(label), text) }
        let visible = normalised(label)
        guard visible != label, isLabel(visible) else { return nil }
        return (visible, text)
    }

    /// Whether a text, on its own, looks like a speaker's name or role by the rule above.
    ///
    /// - Parameter label: The candidate label, without the colon.
    /// - Returns: `true` when it qualifies.
    static func isLabel(_ label: some StringProtocol) -> Bool {
        guard !label.isEmpty, label.count <= 120, let core = removingParentheses(label) else { return false }
        let words = core.split(whereSeparator: \.isWhitespace)
        guard (1...6).contains(words.count), core.first?.isLetter == true else { return false }
        guard core.allSatisfy(isAllowed), words.allSatisfy(isNameWord) else { return false }
        guard words.contains(where: { !particles.contains($0.lowercased().trimmingCharacters(in: [",", "."])) }) else { return false }
        if words.count <= 2, let first = words.first {
            let key = first.lowercased().trimmingCharacters(in: [".", ","])
            let isAcronym = first.count > 1 && first.allSatisfy { $0.isUppercase || !$0.isLetter }
            if documentWords.contains(key) || (discourseWords.contains(key) && !isAcronym) { return false }
        }
        return true
    }

    // MARK: - Rule details

    static func labelColon(in line: Substring) -> Substring.Index? {
        var depth = 0
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            if character == "\u{1B}" {
                // An escape sequence's own colons (an OSC 8 hyperlink's URL) do not end a label.
                index = escapeSequenceEnd(in: line, from: index)
                continue
            }
            if character == "(" { depth += 1 }
            if character == ")" { depth -= 1 }
            if character == ":" && depth == 0 {
                let next = line.index(after: index)
                return next == line.endIndex || line[next].isWhitespace ? index : nil
            }
            index = line.index(after: index)
        }
        return nil
    }

    /// Where the escape sequence starting at `start` (an ESC) ends: after the final byte of `ESC [ …`, after the BEL
    /// or `ESC \` of `ESC ] …`, else after the character following the ESC.
    private static func escapeSequenceEnd(in line: Substring, from start: Substring.Index) -> Substring.Index {
        var index = line.index(after: start)
        guard index < line.endIndex else { return index }
        let kind = line[index]
        index = line.index(after: index)
        guard kind == "[" || kind == "]" else { return index }
        while index < line.endIndex {
            let character = line[index]
            index = line.index(after: index)
            if kind == "[", let scalar = character.unicodeScalars.first, (0x40...0x7E).contains(scalar.value) { return index }
            if kind == "]", character == "\u{7}" { return index }
            if kind == "]", character == "\u{1B}" { return index < line.endIndex ? line.index(after: index) : index }
        }
        return index
    }

    /// The label without its parenthesised parts, or `nil` when the parentheses do not balance.
    private static func removingParentheses(_ label: some StringProtocol) -> String? {
        var depth = 0
        var core = ""
        for character in label {
            if character == "(" {
                depth += 1
            } else if character == ")" {
                depth -= 1
                guard depth >= 0 else { return nil }
            } else if depth == 0 {
                core.append(character)
            }
        }
        return depth == 0 ? String(core.trimmingWhiteSpace()) : nil
    }

    private static func isAllowed(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == " " || ".'’-‑_&/,".contains(character)
    }

    private static func isNameWord(_ word: Substring) -> Bool {
        guard let first = word.first else { return false }
        let lowercased = word.lowercased().trimmingCharacters(in: [",", "."])
        return first.isUppercase || word.contains(where: \.isNumber) || particles.contains(lowercased) || roleWords.contains(lowercased)
    }

    private static let particles: Set<String> = [
        "de", "da", "das", "do", "dos", "del", "della", "der", "den", "van", "von", "zu", "la", "le", "du", "di", "al", "el",
        "bin", "bint", "ibn", "y", "e", "of", "the", "and", "for", "on", "in", "to", "at",
    ]

    private static let roleWords: Set<String> = [
        "audience", "member", "members", "participant", "speaker", "floor", "from", "chair", "chairman", "chairwoman",
        "moderator", "host", "guest", "panelist", "panellist", "delegate", "representative", "observer", "interpreter",
        "minister", "secretary", "officer", "director", "manager", "designer", "expert", "staff", "student", "teacher",
        "interviewer", "interviewee", "respondent", "presenter", "facilitator", "rapporteur", "clerk", "witness", "caller",
        "voice", "man", "woman", "male", "female", "unknown", "unidentified", "off", "mic", "camera", "remote", "online",
    ]

    private static let documentWords: Set<String> = [
        "note", "notes", "nb", "ps", "p.s", "example", "e.g", "eg", "i.e", "ie", "re", "subject", "warning", "caution", "tip",
        "update", "edit", "source", "sources", "see", "step", "item", "agenda", "summary", "translation", "quote", "article",
        "section", "chapter", "paragraph", "part", "point", "page", "figure", "table", "question", "answer",
        "date", "time", "title", "location", "venue", "attendees", "participants", "present", "apologies", "duration",
        "transcript", "reference", "link", "url", "email", "tel", "phone", "http", "https", "definition", "result", "results",
        "action", "decision", "problem", "issue", "proposal", "recommendation", "conclusion", "background", "context", "goal",
        "objective", "purpose", "outcome", "remember", "important", "reminder",
    ]

    /// Sentence openers; an all-capital acronym such as `WHO` or `IT` is not taken for one.
    private static let discourseWords: Set<String> = [
        "however", "therefore", "thus", "so", "and",
        "but", "or", "yes", "no", "well", "okay", "ok", "now", "then", "also", "again", "first", "firstly", "second",
        "secondly", "third", "thirdly", "next", "finally", "lastly", "anyway", "basically", "actually", "moreover",
        "furthermore", "meanwhile", "thanks", "please", "because", "why", "what", "how", "when", "where", "who", "which",
        "this", "that", "these", "those", "there", "here", "today", "you", "we", "they", "he", "she", "it", "my", "our",
    ]
}
