/// A speaker's positions across chunks merged into arguments, without the model: positions whose gists share most
/// of their content words, or that chose the same sentence, are one argument, cited to all their sentences.
///
/// An argument's claim is its first position's gist; its explanation is the speaker's chosen sentence, verbatim,
/// unless the gist already is that sentence. When a speaker has more than the allowed arguments, those stated most
/// often are kept (on a tie, the earliest); arguments are numbered `a1`, `a2`, … in speaker order.
struct SpeakerArguments: Sendable, Hashable {
    /// How much of the smaller gist's content words another gist must hold to be the same position.
    static let sameShare = 0.6
    /// The most sentences an argument cites.
    static let maxCitations = 6

    /// The arguments, each speaker's in the order they were first stated.
    let arguments: [Argument]

    /// Merges the positions of the extraction stage.
    ///
    /// - Parameters:
    ///   - positions: The positions, in transcript order.
    ///   - speakers: The speakers with a section, in the report's order.
    ///   - maxPerSpeaker: The most arguments per speaker.
    ///   - sentence: The transcript's sentence with an ID.
    ///   - words: How content words are found.
    init(_ positions: [PositionNote], speakers: [String], maxPerSpeaker: Int, sentence: (Int) -> Sentence?, words: ContentWords) {
        var arguments: [Argument] = []
        for speaker in speakers {
            var groups: [[PositionNote]] = []
            var stems: [Set<String>] = []
            for position in positions where position.speaker == speaker {
                let own = words.stems(position.gist)
                let match = groups.indices.first { index in
                    groups[index].contains { $0.sentence == position.sentence } || Self.same(own, stems[index])
                }
                if let match {
                    groups[match].append(position)
                } else {
                    groups.append([position])
                    stems.append(own)
                }
            }
            let kept = groups.enumerated().sorted {
                $0.element.count > $1.element.count || ($0.element.count == $1.element.count && $0.offset < $1.offset)
            }
            .prefix(maxPerSpeaker).sorted { $0.offset < $1.offset }.map(\.element)
            arguments += kept.map { Self.argument(from: $0, sentence: sentence, words: words) }
        }
        self.arguments = arguments.enumerated().map { offset, argument in
            var numbered = argument
            numbered.id = "a\(offset + 1)"
            return numbered
        }
    }

    private static func same(_ first: Set<String>, _ second: Set<String>) -> Bool {
        guard !first.isEmpty, !second.isEmpty else { return false }
        return Double(first.intersection(second).count) / Double(min(first.count, second.count)) >= sameShare
    }

    private static func argument(from group: [PositionNote], sentence: (Int) -> Sentence?, words: ContentWords) -> Argument {
        let lead = group[0]
        var citations: [Int] = []
        for id in group.flatMap(\.citations) where !citations.contains(id) && citations.count < maxCitations { citations.append(id) }
        // The sentence explains the claim unless the claim already says all it says (the verifier would drop it as
        // a repeat: ``SupportVerifier/repeatShare``).
        let chosen = sentence(lead.sentence).flatMap {
            SupportVerifier.containment(words.stems($0.text), in: words.stems(lead.gist)) < SupportVerifier.repeatShare ? $0 : nil
        }
        let explanation = chosen.map { CitedText($0.text, citations: [$0.id]) } ?? CitedText("")
        return Argument(id: "", speaker: lead.speaker, claim: lead.gist, explanation: explanation, citations: citations.sorted())
    }
}
