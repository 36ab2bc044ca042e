/// Finds the transcript's questions and whether a later turn answered them, without the model.
///
/// A question is a sentence that ends with a question mark and is put to others: among the last
/// ``closingSentences`` sentences of its turn. A question in the middle of a turn that the speaker goes on from
/// ("Can I make it absolutely clear, … who should be tested? …") is rhetorical and not listed. A question is
/// answered when a turn of another speaker among the next ``turnsAhead`` turns shares at least ``sharedWords`` of
/// its content words (``ContentWords``) or a quarter of them — "how many school staff have been tested for COVID?"
/// is answered by the turn with "15 teachers have been tested for COVID-19" — or by the first turn of another
/// speaker of at least ``replyWords`` words among them, whatever words it uses ("can you analyse those figures a
/// little further?" answered by the minister's long reply; "Where is all this information being sourced from?"
/// answered after "Oh, my goodness. Yes, absolutely—" and an inaudible interjection); the answering sentence is that turn's sentence sharing
/// most. An answered question is never an unresolved issue nor a follow-up question.
struct AnsweredQuestions: Sendable {
    /// How many turns after the question's own an answer may come.
    static let turnsAhead = 4
    /// Content words an answer shares with its question.
    static let sharedWords = 2
    /// How near the end of its turn a question is put to others.
    static let closingSentences = 2
    /// The words of a next turn that answers by its length and one shared word.
    static let replyWords = 25

    /// The answering sentence of every answered question, by question ID.
    let answers: [Int: Int]
    /// The IDs of every question, answered or not.
    let questions: Set<Int>

    /// Finds the questions of a transcript and their answers.
    ///
    /// - Parameters:
    ///   - sentences: The transcript's sentences in order.
    ///   - stems: A sentence's content words (``ContentWords``), as the support check has them.
    init(_ sentences: [Sentence], stems: (Sentence) -> Set<String>) {
        var answers: [Int: Int] = [:]
        var questions = Set<Int>()
        var lastOfTurn: [Int: Int] = [:]
        for (index, sentence) in sentences.enumerated() { lastOfTurn[sentence.turn] = index }
        for (index, sentence) in sentences.enumerated() where Self.isQuestion(sentence.text) {
            guard let last = lastOfTurn[sentence.turn], last - index < Self.closingSentences else { continue }
            questions.insert(sentence.id)
            let asked = stems(sentence)
            guard !asked.isEmpty else { continue }
            let later = sentences[(index + 1)...].prefix { $0.turn <= sentence.turn + Self.turnsAhead }
            // The answer is a whole turn of another speaker: a minister's reply spreads the question's words over
            // several sentences ("How much confidence … safety of staff and children …?" is answered by 18–23).
            var turns: [Int: [(id: Int, shared: Set<String>)]] = [:]
            for candidate in later where candidate.speaker != sentence.speaker {
                turns[candidate.turn, default: []].append((candidate.id, asked.intersection(stems(candidate))))
            }
            // The first substantial turn of another speaker after the question: the reply, whatever words it uses.
            let firstLong = Set(later.filter { $0.speaker != sentence.speaker }.map(\.turn)).sorted().first { turn in
                later.filter { $0.turn == turn }.reduce(0) { $0 + WordCounter.count($1.text) } >= Self.replyWords
            }
            for turn in turns.keys.sorted() {
                let reply = turns[turn, default: []]
                let shared = reply.reduce(into: Set<String>()) { $0.formUnion($1.shared) }.count
                let longReply = turn == firstLong
                guard shared >= Self.sharedWords || (shared > 0 && Double(shared) >= 0.25 * Double(asked.count)) || longReply else { continue }
                answers[sentence.id] = reply.max { $0.shared.count < $1.shared.count }?.id
                break
            }
        }
        self.answers = answers
        self.questions = questions
    }

    /// Whether a sentence is a question.
    static func isQuestion(_ text: String) -> Bool {
        text.trimmingWhitespace().last == "?"
    }
}
