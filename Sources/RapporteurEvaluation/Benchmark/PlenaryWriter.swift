import RapporteurKit

/// Writes the turns of a ``SyntheticPlenary`` one after another, keeping the clock and the word count.
struct PlenaryWriter {
    private var random: SeededGenerator
    private let chair: String
    private let delegations: [String]
    private var order: [String] = []
    private var previous: String?
    private var milliseconds = 4_000
    private var lines: [String] = []
    private var statementsSinceAgenda = 0
    /// Words written so far, counted by ``WordCounter``.
    private(set) var words = 0

    /// Creates a writer.
    ///
    /// - Parameters:
    ///   - seed: The random seed.
    ///   - chair: The chair's label.
    ///   - delegations: The delegations' labels.
    init(seed: UInt64, chair: String, delegations: [String]) {
        random = SeededGenerator(seed: seed)
        self.chair = chair
        self.delegations = delegations
    }

    /// The transcript written so far, one turn per line.
    var text: String { lines.joined(separator: "\n") + "\n" }

    /// Writes chair and delegation turns until at least `target` words are written.
    ///
    /// - Parameter target: The minimum word count.
    mutating func write(words target: Int) {
        turn(chair, ["The {ordinal} plenary meeting of the General Assembly is called to order."] + [random.pick(PlenaryPhrases.chairAgenda)])
        while words < target {
            let next = nextDelegation()
            var chairLines = previous.map { _ in [random.pick(PlenaryPhrases.chairThanks)] } ?? []
            if statementsSinceAgenda >= 12, random.chance(25) {
                chairLines.append(random.pick(PlenaryPhrases.chairAgenda))
                statementsSinceAgenda = 0
            }
            chairLines.append(random.pick(PlenaryPhrases.chairFloor))
            turn(chair, chairLines, next: next)
            turn(next, statement())
            previous = next
            statementsSinceAgenda += 1
        }
    }

    /// The templates of one delegation statement: an opening, 3 to 12 different statements, maybe a closing.
    private mutating func statement() -> [String] {
        var templates = random.chance(70) ? [random.pick(PlenaryPhrases.openings)] : []
        var indices = Array(PlenaryPhrases.statements.indices)
        for taken in 0..<random.within(3...12) {
            indices.swapAt(taken, taken + random.below(indices.count - taken))
            templates.append(PlenaryPhrases.statements[indices[taken]])
        }
        if random.chance(50) { templates.append(random.pick(PlenaryPhrases.closings)) }
        return templates
    }

    /// Fills the templates and appends the turn with its times: a pause, then about 2.5 words a second.
    private mutating func turn(_ speaker: String, _ templates: [String], next: String? = nil) {
        var names = ["country": otherDelegation(than: speaker)]
        if let previous { names["previous"] = previous }
        if let next { names["next"] = next }
        let text = templates.map { PlenaryPhrases.fill($0, random: &random, names: names) }.joined(separator: " ")
        let count = WordCounter.count(text)
        let start = milliseconds + random.within(300...2_500)
        let end = start + count * random.within(360...450)
        milliseconds = end
        words += count
        lines.append("[\(Timestamp.string(Double(start) / 1000)) - \(Timestamp.string(Double(end) / 1000))] \(speaker): \(text)")
    }

    /// The next delegation of a shuffled order; a new order once all have spoken, never the same twice in a row.
    private mutating func nextDelegation() -> String {
        if order.isEmpty {
            order = delegations
            for index in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(index, random.below(index + 1)) }
            if order.last == previous, order.count > 1 { order.swapAt(0, order.count - 1) }
        }
        return order.removeLast()
    }

    private mutating func otherDelegation(than speaker: String) -> String {
        let other = random.pick(delegations)
        return other == speaker ? random.pick(delegations.filter { $0 != speaker }) : other
    }
}
