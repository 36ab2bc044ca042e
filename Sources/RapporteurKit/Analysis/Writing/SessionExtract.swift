/// The sentences a summary rests on: the most central arguments of each discussion point, taken a point at a time
/// (the first argument of every point, then the second, …) until a word budget is spent, then the sentences right
/// after those in the same turn while the budget lasts, in transcript order. A session without points gives its
/// arguments in order; a transcript within the budget is its own extract.
struct SessionExtract: Sendable, Hashable {
    /// The sentences, in transcript order.
    let sentences: [Sentence]

    /// Builds the extract.
    ///
    /// - Parameters:
    ///   - points: The discussion points, each with its arguments the most central first.
    ///   - arguments: The arguments.
    ///   - maxWords: The budget.
    ///   - transcript: The whole transcript, the extract when it fits the budget.
    ///   - sentence: The transcript's sentence with an ID.
    init(points: [DiscussionStage.Point], arguments: [Argument], maxWords: Int, transcript: [Sentence] = [], sentence: (Int) -> Sentence?) {
        let usable = transcript.filter { !DirectiveDetector.isDirective($0.text) }
        if !usable.isEmpty, usable.reduce(0, { $0 + WordCounter.count($1.text) }) <= maxWords {
            sentences = usable
            return
        }
        let byID = Dictionary(uniqueKeysWithValues: arguments.map { ($0.id, $0) })
        let queues = points.isEmpty ? [arguments.map(\.id)] : points.map(\.argumentIDs)
        var chosen: [Int] = []
        var words = 0
        var round = 0
        while words < maxWords, queues.contains(where: { $0.count > round }) {
            for queue in queues where queue.count > round {
                guard let argument = byID[queue[round]] else { continue }
                let id = argument.explanation.citations.first ?? argument.citations.first
                guard let id, !chosen.contains(id), let found = sentence(id) else { continue }
                let count = WordCounter.count(found.text)
                guard words + count <= maxWords || chosen.isEmpty else { continue }
                chosen.append(id)
                words += count
            }
            round += 1
        }
        for id in chosen {
            guard let current = sentence(id), let next = sentence(id + 1), next.turn == current.turn, !chosen.contains(next.id),
                !DirectiveDetector.isDirective(next.text)
            else { continue }
            let count = WordCounter.count(next.text)
            guard words + count <= maxWords else { break }
            chosen.append(next.id)
            words += count
        }
        sentences = chosen.sorted().compactMap(sentence)
    }
}
