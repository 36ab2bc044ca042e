import Foundation
import Testing

@testable import RapporteurKit

@Suite struct LabelRolesTests {
    @Test(arguments: [
        ("Hon. Bill Morneau (Minister of Finance)", "Hon. Bill Morneau", "Minister of Finance"),
        ("The Chair (Hon. Anthony Rota (NipissingTimiskaming, Lib.))", "The Chair", "Hon. Anthony Rota (NipissingTimiskaming, Lib.)"),
        ("  Ms. Jag Sahota ( Calgary Skyview, CPC )  ", "Ms. Jag Sahota", "Calgary Skyview, CPC"),
    ])
    func aLabelEndingInABracketSplitsIntoNameAndBracket(label: String, name: String, bracket: String) throws {
        let split = try #require(LabelRoles.split(label))
        #expect(split.name == name && split.bracket == bracket)
    }

    @Test(arguments: ["Hon. Bill Morneau", "(Minister of Finance)", "Alice ()", "Bob (unbalanced))", "Carol (aside) said"])
    func aLabelWithoutANameAndABalancedClosingBracketDoesNotSplit(label: String) {
        #expect(LabelRoles.split(label) == nil)
    }

    private func turn(_ speaker: String, _ text: String) -> RawTurn {
        RawTurn(speaker: speaker, text: text, line: 1)
    }

    @Test func aBracketedFirstInterventionIsMergedIntoTheBareNameWithTheBracketAsRole() throws {
        let raw = RawTranscript(
            format: .plain,
            turns: [
                turn("The Chair (Hon. Anthony Rota (Nipissing, Lib.))", "I call the meeting to order."),
                turn("Hon. Bill Morneau (Minister of Finance)", "Thank you."),
                turn("The Chair", "Mr. Poilievre."),
                turn("Hon. Pierre Poilievre (Carleton, CPC)", "A question."),
                turn("Hon. Anita Anand (Oakville, Lib.)", "Only once, so kept as it is."),
                turn("Hon. Bill Morneau", "An answer."),
            ]
        )
        let (transcript, speakers) = try #require(LabelRoles.merge(raw))
        #expect(
            transcript.turns.map(\.speaker) == [
                "The Chair", "Hon. Bill Morneau", "The Chair", "Hon. Pierre Poilievre (Carleton, CPC)",
                "Hon. Anita Anand (Oakville, Lib.)", "Hon. Bill Morneau",
            ]
        )
        #expect(
            speakers.map(\.name) == ["The Chair", "Hon. Bill Morneau", "Hon. Pierre Poilievre (Carleton, CPC)", "Hon. Anita Anand (Oakville, Lib.)"]
        )
        #expect(speakers[0].role == "Hon. Anthony Rota (Nipissing, Lib.)" && speakers[0].roleSource == .label)
        #expect(speakers[1].role == "Minister of Finance" && speakers[1].labels == ["Hon. Bill Morneau (Minister of Finance)", "Hon. Bill Morneau"])
        #expect(speakers[2].role == nil && speakers[2].roleSource == .none, "a bare name that never occurs alone is left as it is")
        let note = try #require(transcript.diagnostics.last)
        #expect(note.severity == .note)
        #expect(note.message.hasPrefix("merged 2 speaker label(s) with a bracket"))
        #expect(note.message.contains(#""The Chair (Hon. Anthony Rota (Nipissing, Lib.))" is "The Chair""#))
    }

    @Test func labelsWithoutBracketsAreNotMerged() {
        let raw = RawTranscript(format: .plain, turns: [turn("Alice", "Hello."), turn("Bob (guest)", "Hi."), turn("Alice", "Welcome.")])
        #expect(LabelRoles.merge(raw) == nil)
    }

    @Test func theCanadianCommitteeExcerptHasOneSpeakerPerPerson() throws {
        let url = try #require(Bundle.module.url(forResource: "qmsum_covid_2_excerpt", withExtension: "txt", subdirectory: "Fixtures"))
        let raw = try TranscriptReader.read(try Data(contentsOf: url), name: "qmsum_covid_2_excerpt.txt")
        #expect(Set(raw.turns.map(\.speaker)).count == 15)
        let (transcript, speakers) = try #require(LabelRoles.merge(raw))
        #expect(Set(transcript.turns.map(\.speaker)).count == 8)
        #expect(speakers.count == 8)
        let trudeau = try #require(speakers.first { $0.name == "Right Hon. Justin Trudeau" })
        #expect(trudeau.role == "Prime Minister" && trudeau.roleSource == .label)
        #expect(speakers.first { $0.name == "Mr. Jagmeet Singh" }?.role == "Burnaby South, NDP")
    }
}
