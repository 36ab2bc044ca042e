import RapporteurKit

/// The sections of ``BenchmarkReport`` other than the arguments.
extension BenchmarkReportMaterial {
    /// Two paragraphs: the first sentences of the first speakers, and the last sentences of the session.
    ///
    /// - Returns: The summary.
    func summary() -> [CitedText] {
        let openers = speakers.prefix(6).compactMap { bySpeaker[$0]?.first }
        return [joined(openers, words: 12), joined(Array(sentences.suffix(4)), words: 12)].compactMap { $0 }
    }

    /// One discussion point per part, titled by the part's first words; purpose and tone from the first and last part.
    ///
    /// - Returns: The key points.
    func keyPoints() -> KeyPoints {
        KeyPoints(
            discussionPoints: parts.compactMap { part in
                guard let first = part.first, let description = joined(Array(part.prefix(3)), words: 15) else { return nil }
                return KeyPoints.DiscussionPoint(title: excerpt(first, words: 6), description: description)
            },
            purpose: cited(sentences.first, words: 30),
            tone: cited(sentences.last, words: 30)
        )
    }

    /// One section per part with three paragraphs from its beginning, middle and end; summary and conclusion
    /// from the first and last sentences.
    ///
    /// - Returns: The narrative.
    func narrative() -> Narrative {
        Narrative(
            executiveSummary: [joined(Array(sentences.prefix(5)), words: 20)].compactMap { $0 },
            sections: parts.compactMap { part in
                guard let first = part.first else { return nil }
                let picks = [part.first, part.dropFirst(part.count / 2).first, part.last].compactMap { $0 }
                return Narrative.Section(heading: excerpt(first, words: 6), paragraphs: picks.compactMap { cited($0, words: 40) })
            },
            conclusion: [joined(Array(sentences.suffix(3)), words: 20)].compactMap { $0 }
        )
    }

    /// One agreement point per part, on the first sentences of its first two speakers.
    ///
    /// - Returns: The agreements.
    func agreements() -> Agreements {
        let points = pairs().map { first, second in
            Agreements.Point(
                title: excerpt(first, words: 8),
                speakers: [first.speaker, second.speaker],
                explanation: "Both speakers made the point in the sentences cited.",
                topics: [TopicRef(basket: "Development", topic: "access")],
                citations: [first.id, second.id]
            )
        }
        let middle = parts.compactMap { $0.dropFirst($0.count / 2).first }
        return Agreements(
            points: points,
            similarViewpoints: middle.prefix(5).compactMap { cited($0, words: 25) },
            unexpectedConsensus: middle.suffix(3).compactMap { cited($0, words: 25) },
            assessment: joined(middle, words: 8).map { Assessment(summary: $0, level: "Benchmark level") }
        )
    }

    /// One viewpoint per part, each stance the first sentence of one of its first two speakers.
    ///
    /// - Returns: The differences.
    func differences() -> Differences {
        let viewpoints = pairs().map { first, second in
            Differences.Viewpoint(
                title: excerpt(second, words: 8),
                stances: [
                    Differences.Stance(speaker: first.speaker, stance: excerpt(first, words: 20), citations: [first.id]),
                    Differences.Stance(speaker: second.speaker, stance: excerpt(second, words: 20), citations: [second.id]),
                ],
                explanation: "The speakers put the matter differently in the sentences cited."
            )
        }
        let last = parts.compactMap(\.last)
        return Differences(
            viewpoints: viewpoints,
            unexpectedDifferences: last.prefix(3).compactMap { cited($0, words: 25) },
            assessment: joined(last, words: 8).map { Assessment(summary: $0, level: "Benchmark level") },
            partialAgreements: last.suffix(3).compactMap { cited($0, words: 25) }
        )
    }

    /// A takeaway per part; an action item per part from its first sentence with "will", owned by its speaker.
    ///
    /// - Returns: The takeaways.
    func takeaways() -> Takeaways {
        let actions = parts.compactMap { part in
            part.first { $0.text.contains(" will ") }.map {
                Takeaways.ActionItem(text: excerpt($0, words: 25), owner: $0.speaker, citations: [$0.id])
            }
        }
        let questions = sentences.filter { $0.text.hasSuffix("?") }
        return Takeaways(
            keyTakeaways: parts.compactMap { cited($0.dropFirst().first, words: 30) },
            actionItems: actions,
            unresolvedIssues: questions.prefix(5).compactMap { cited($0, words: 30) },
            compromises: parts.prefix(3).compactMap { cited($0.dropFirst(2).first, words: 30) }
        )
    }

    /// One quote per part: twelve words from the middle of its longest sentence.
    ///
    /// - Returns: The comments.
    func thoughtProvoking() -> [ThoughtProvokingComment] {
        parts.compactMap { part in
            guard let longest = part.max(by: { $0.text.count < $1.text.count }) else { return nil }
            let words = longest.text.split(separator: " ")
            let start = words.count / 4
            let quote = words[start..<min(words.count, start + 12)].joined(separator: " ")
            return ThoughtProvokingComment(
                quote: quote,
                speaker: longest.speaker,
                reason: "It is the longest statement of this part of the session.",
                impact: "None measured; it is chosen mechanically.",
                citations: [longest.id]
            )
        }
    }

    /// One question per part: the part's first sentence ending with a question mark.
    ///
    /// - Returns: The questions.
    func followUpQuestions() -> [FollowUpQuestion] {
        parts.compactMap { part in
            part.first { $0.text.hasSuffix("?") }.map {
                FollowUpQuestion(question: $0.text, speaker: $0.speaker, explanation: "The session left it open.", citations: [$0.id])
            }
        }
    }

    /// Per part, the first sentences of its first two speakers; parts with one speaker give no pair.
    private func pairs() -> [(Sentence, Sentence)] {
        parts.compactMap { part in
            guard let first = part.first, let second = part.first(where: { $0.speaker != first.speaker }) else { return nil }
            return (first, second)
        }
    }

    /// Excerpts of several sentences joined into one cited text, or `nil` without sentences.
    private func joined(_ cited: [Sentence], words: Int) -> CitedText? {
        guard !cited.isEmpty else { return nil }
        return CitedText(cited.map { excerpt($0, words: words) }.joined(separator: " "), citations: cited.map(\.id))
    }
}
