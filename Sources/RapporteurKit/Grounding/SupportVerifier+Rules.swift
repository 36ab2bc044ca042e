/// The section rules of the support check beyond support itself: what makes an action item, an agreement's parties,
/// and where unresolved issues and follow-up questions may come from.
extension SupportVerifier {
    /// Why an unresolved issue is no issue: it rests only on questions that a later turn answered, or it is itself
    /// a question and rests on one.
    func answeredQuestion(_ item: CitedItem) -> String? {
        let answered = item.citations.filter { questions.answers[$0] != nil }
        guard let first = answered.first, let answer = questions.answers[first] else { return nil }
        let onlyQuestions = item.citations.allSatisfy { questions.questions.contains($0) }
        guard onlyQuestions || AnsweredQuestions.isQuestion(item.text) else { return nil }
        return "the question in sentence \(first) was answered in sentence \(answer)"
    }

    /// Whether an unresolved issue cites an unanswered question of the transcript or a sentence of a difference
    /// the report states: where unresolved issues come from.
    func restsOnOpenQuestionOrDifference(_ item: CitedItem, differences: Set<Int>) -> Bool {
        item.citations.contains { id in
            (questions.questions.contains(id) && questions.answers[id] == nil) || differences.contains(id)
        }
    }

    /// An action item whose cited sentences record a decision or commitment, with its owner checked: kept when
    /// the owner speaks a committing sentence or is named in one; else the speaker of a first-person commitment;
    /// else none.
    func actionItem(_ item: CitedItem) -> CitedItem? {
        var citations = item.citations
        var committing = citations.filter { CommitmentDetector.recordsCommitment(check.sentence($0)?.text ?? "") }
        if committing.isEmpty {
            let near = pool(around: item.citations, speaker: nil).filter { CommitmentDetector.recordsCommitment(check.sentence($0)?.text ?? "") }
            // Only a committing sentence that on its own holds the item's words: a nearby "I will start with the
            // topic" must not make "please follow Kaliya and her work" (IGF of42, another speaker's) an action.
            let scored = near.map { (id: $0, score: check.score(item.text, citations: [$0]).score) }.filter { $0.score >= SupportCheck.threshold }
            guard let first = scored.max(by: { $0.score < $1.score })?.id else { return nil }
            committing = [first]
            citations = Array(Set(citations + [first])).sorted()
        }
        var result = item
        result.citations = citations
        let owner = item.parties.first
        let ownerWords = Set(owner.map { ContentWords.words($0).filter { $0.count >= 3 } } ?? [])
        let ownerFits = committing.contains { id in
            guard let sentence = check.sentence(id) else { return false }
            return sentence.speaker == owner || !ownerWords.isDisjoint(with: ContentWords.words(sentence.text))
        }
        if !ownerFits {
            let firstPerson = committing.first { CommitmentDetector.commitsSpeaker(check.sentence($0)?.text ?? "") }
            result.parties = firstPerson.flatMap { check.sentence($0)?.speaker }.map { [$0] } ?? []
        }
        return result
    }

    /// Makes every party of an agreement cite a sentence of theirs: the one nearest in words to the item among
    /// their sentences near its citations; a party with none is left out.
    func withParties(_ item: CitedItem) -> CitedItem {
        var result = item
        var citations = Set(item.citations)
        var parties: [String] = []
        let wanted = check.contentStems(item.text)
        for party in item.parties {
            if citations.contains(where: { check.sentence($0)?.speaker == party }) {
                parties.append(party)
                continue
            }
            let own = pool(around: item.citations, speaker: party)
            let best = own.max {
                check.contentStems(of: $0).intersection(wanted).count < check.contentStems(of: $1).intersection(wanted).count
            }
            if let best, !check.contentStems(of: best).isDisjoint(with: wanted), !check.directiveSentences.contains(best) {
                citations.insert(best)
                parties.append(party)
            }
        }
        result.citations = citations.sorted()
        result.parties = parties
        return result
    }
}
