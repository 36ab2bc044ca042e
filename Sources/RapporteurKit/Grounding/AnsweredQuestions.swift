/// Finds the transcript's questions and whether a later turn answered them, without the model.
///
/// A question is a sentence that ends with a question mark. It is answered when a sentence of one of the next
/// ``turnsAhead`` turns, by another speaker, shares at least ``sharedWords`` of its content words (``ContentWords``)
/// or a quarter of them: "how many school staff have been tested for COVID?" is answered by "15 teachers have been
/// tested for COVID-19". An answered question is never an unresolved issue.
struct AnsweredQuestions: Sendable {
    /// How many turns after the question's own an answer may come.
    static let turnsAhead = 2
    /// Content words an answer shares with its question.
    static let sharedWords = 2

    /// The answering sentence of every answered question, by question ID.
    let answers: [Int: Int]
    /// The IDs of every question, answered or not.
    let questions: Set<Int>

    /// Finds the questions of a transcript and their answers.
    ///
    /// - Parameters:
    ///   - sentences: The transcript's sentences in order.
    ///   - words: The content-word analyser.
    init(_ sentences: [Sentence], words: ContentWords) {
        var answers: [Int: Int] = [:]
        var questions = Set<Int>()
        for (index, sentence) in sentences.enumerated() where Self.isQuestion(sentence.text) {
            questions.insert(sentence.id)
            let asked = words.stems(sentence.text)
            guard !asked.isEmpty else { continue }
            let later = sentences[(index + 1)...].prefix { $0.turn <= sentence.turn + Self.turnsAhead }
            let answer = later.first { candidate in
                guard candidate.speaker != sentence.speaker, !Self.isQuestion(candidate.text) else { return false }
                let shared = asked.intersection(words.stems(candidate.text)).count
                return shared >= Self.sharedWords || Double(shared) >= 0.25 * Double(asked.count) && shared > 0
            }
            if let answer { answers[sentence.id] = answer.id }
        }
        self.answers = answers
        self.questions = questions
    }

    /// Whether a sentence is a question.
    static func isQuestion(_ text: String) -> Bool {
        text.trimmingWhitespace().last == "?"
    }
}
