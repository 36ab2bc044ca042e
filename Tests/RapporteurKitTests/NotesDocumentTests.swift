import Testing

@testable import RapporteurKit

@Suite struct NotesDocumentTests {
    private func argument(_ id: String, _ speaker: String, cites citations: [Int], evidence: [Int] = []) -> Argument {
        Argument(
            id: id,
            speaker: speaker,
            claim: "claim \(id)",
            explanation: CitedText("why", citations: citations),
            evidence: evidence.isEmpty ? nil : CitedText("facts", citations: evidence),
            citations: citations
        )
    }

    @Test func argumentsRestingOnMoreSentencesComeFirstAndTiesKeepSpeakerOrder() {
        let arguments = [
            argument("a1", "Chair", cites: [1]),
            argument("a2", "Chair", cites: [2, 3]),
            argument("a3", "Minister", cites: [10, 11], evidence: [12, 13]),
            argument("a4", "Minister", cites: [20, 21]),
            argument("a5", "Member", cites: [30]),
        ]
        let document = NotesDocument.arguments(arguments)
        #expect(document.ids == ["a3", "a2", "a4", "a1", "a5"])
        #expect(document.lines.first == "Arguments:")
        #expect(document.lines[1] == "a3 Minister: claim a3")
        #expect(document.citations(for: ["a3"]) == [10, 11])
    }

    @Test func weightCountsDistinctSentencesOfClaimExplanationAndEvidence() {
        #expect(NotesDocument.weight(of: argument("a1", "S", cites: [1, 2], evidence: [2, 3])) == 3)
    }

    @Test(arguments: [
        ("Review the 200,000 cases? (to act: Hon. Andrew Scheer)", "Review the 200,000 cases?"),
        ("Publish the guidance (to act: Minister (Education))", "Publish the guidance (to act: Minister (Education))"),
        ("The chair (Ms. Ilves) will report back.", "The chair (Ms. Ilves) will report back."),
        ("No mark here.", "No mark here."),
    ])
    func aTrailingOwnerMarkIsLeftOff(text: String, expected: String) {
        #expect(NotesDocument.withoutOwnerMark(text) == expected)
    }

    @Test func aDecisionNoteCarriesItsOwnerAndTheMarkComesOffAgain() {
        let note = NotesDocument.decision("Fund the hubs.", owner: "Dana Ilves")
        #expect(note == "Fund the hubs. (to act: Dana Ilves)")
        #expect(NotesDocument.withoutOwnerMark(note) == "Fund the hubs.")
        #expect(NotesDocument.decision("Fund the hubs.", owner: nil) == "Fund the hubs.")
    }
}
