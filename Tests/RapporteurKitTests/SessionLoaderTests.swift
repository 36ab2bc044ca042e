import Foundation
import RapporteurKit
import Testing

/// Loading a session: a roster names, merges and gives roles; without one, bracketed labels merge; the transcript is
/// built and measured, and the speaker sections carry what the roster said.
@Suite struct SessionLoaderTests {
    /// Two labels of one delegate (a diarisation label and the captioner's), a chair, and a guest no roster lists.
    static let text = """
        SPEAKER_00: Good morning and welcome to the open forum.
        MOIRA PATTERSON: Thank you. Standards give people control over their data.
        SPEAKER_01: I have a question for the panel.
        Moira Patterson: Personal sovereignty starts with consent.
        SPEAKER_00: The meeting is adjourned.
        """

    static let roster = Roster(
        session: SessionInfo(title: "Open Forum 42", venue: "IGF 2020"),
        speakers: [
            Roster.Entry(name: "Chair", labels: ["SPEAKER_00"]),
            Roster.Entry(name: "Moira Patterson", role: "IEEE Standards Association", labels: ["MOIRA PATTERSON"]),
        ]
    )

    static func input(roster: Roster? = Self.roster) throws -> SessionInput {
        try SessionInput(
            reading: Data(text.utf8),
            source: "forum.txt",
            roster: roster.map { SessionInput.NamedRoster($0, name: "roster.yaml") }
        )
    }

    @Test func aRosterMergesTwoLabelsIntoOneSpeakerWithItsRole() throws {
        let session = try SessionLoader.load(try Self.input())
        #expect(session.transcript.source == "forum.txt" && session.transcript.format == .plain)
        #expect(session.transcript.turns.map(\.speaker) == ["Chair", "Moira Patterson", "SPEAKER_01", "Moira Patterson", "Chair"])
        let moira = try #require(session.transcript.speakers.first { $0.name == "Moira Patterson" })
        #expect(moira.labels == ["MOIRA PATTERSON", "Moira Patterson"])
        #expect(moira.role == "IEEE Standards Association" && moira.roleSource == .roster)

        #expect(session.statistics.speakers.map(\.speaker) == ["Chair", "Moira Patterson", "SPEAKER_01"], "in order of first appearance")
        let moiraStatistics = try #require(session.statistics.speakers.first { $0.speaker == "Moira Patterson" }).statistics
        #expect(moiraStatistics.turns == 2, "both labels' turns count for one speaker")
        #expect(session.rosterNames == ["Chair", "Moira Patterson"])
        #expect(session.session == SessionInfo(title: "Open Forum 42", venue: "IGF 2020"))
        #expect(session.transcript.diagnostics.contains { $0.message == #"speaker "SPEAKER_01" is not in the roster"# })
    }

    @Test func speakerSectionsCarryRolesAndMarkSpeakersTheRosterDoesNotList() throws {
        let sections = try SessionLoader.load(try Self.input()).speakerSections
        #expect(sections.map(\.name) == ["Chair", "Moira Patterson", "SPEAKER_01"])
        #expect(sections[0].role == nil && sections[0].roleSource == .none)
        #expect(sections[1].role == "IEEE Standards Association" && sections[1].roleSource == .roster)
        #expect(sections.map(\.isAdditional) == [false, false, true])
        #expect(sections.map(\.statistics.turns) == [2, 2, 1])
        #expect(sections.allSatisfy { $0.arguments.isEmpty })
    }

    @Test func withoutARosterEveryLabelIsItsOwnSpeakerAndNoneIsAdditional() throws {
        let session = try SessionLoader.load(try Self.input(roster: nil))
        #expect(session.transcript.speakers.map(\.name) == ["SPEAKER_00", "MOIRA PATTERSON", "SPEAKER_01", "Moira Patterson"])
        #expect(session.rosterNames == nil && session.session == nil)
        #expect(session.speakerSections.allSatisfy { !$0.isAdditional && $0.role == nil })
    }

    @Test func withoutARosterABracketedLabelMergesIntoTheBareNameWithTheBracketAsRole() throws {
        let text = """
            Hon. Bill Morneau (Minister of Finance): Thank you, Chair.
            The Chair: Mr. Poilievre, a question.
            Hon. Bill Morneau: The answer is no.
            """
        let session = try SessionLoader.load(try SessionInput(reading: Data(text.utf8), source: "committee.txt"))
        #expect(session.transcript.turns.map(\.speaker) == ["Hon. Bill Morneau", "The Chair", "Hon. Bill Morneau"])
        let section = try #require(session.speakerSections.first { $0.name == "Hon. Bill Morneau" })
        #expect(section.role == "Minister of Finance" && section.roleSource == .label)
        #expect(section.statistics.turns == 2)
    }

    @Test func aRosterLabelThatMatchesNoSpeakerIsAnErrorNamingTheRoster() throws {
        let roster = Roster(speakers: [Roster.Entry(name: "Zed", labels: ["NOBODY"])])
        let error = try #require(throws: InputError.self) { try SessionLoader.load(try Self.input(roster: roster)) }
        #expect(error.file == "roster.yaml")
        #expect(error.reason.contains(#"the roster label "NOBODY" (speaker "Zed") matches no speaker"#))
    }

    @Test func aTranscriptThatIsNotOneIsRejectedWhenRead() {
        #expect(throws: InputError.self) {
            try SessionInput(reading: Data("just some words without any speaker".utf8), source: "notes.txt")
        }
    }
}
