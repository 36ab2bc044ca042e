import Foundation
import RapporteurKit
import Testing

@Suite struct RosterTests {
    static let raw = RawTranscript(
        format: .plain,
        turns: [
            RawTurn(speaker: "SPEAKER_01", text: "Welcome.", line: 1),
            RawTurn(speaker: "MR. SMITH", text: "Thank you.", line: 2),
            RawTurn(speaker: "SPEAKER_00", text: "Hello.", line: 3),
            RawTurn(speaker: "Mr Smith (United Kingdom)", text: "Again.", line: 4),
            RawTurn(speaker: "SPEAKER_01", text: "Next.", line: 5),
        ]
    )

    @Test func speakersWithoutRosterFollowFirstAppearance() {
        #expect(
            Roster.speakers(of: Self.raw) == [
                SpeakerInfo(name: "SPEAKER_01", labels: ["SPEAKER_01"]),
                SpeakerInfo(name: "MR. SMITH", labels: ["MR. SMITH"]),
                SpeakerInfo(name: "SPEAKER_00", labels: ["SPEAKER_00"]),
                SpeakerInfo(name: "Mr Smith (United Kingdom)", labels: ["Mr Smith (United Kingdom)"]),
            ]
        )
    }

    @Test func renamesLabelsAndGivesRoles() throws {
        let roster = Roster(speakers: [
            Roster.Entry(name: "Amina Diallo", role: "Chair, Senegal", labels: ["speaker_01"]),
            Roster.Entry(name: "Li Wei", labels: ["SPEAKER_00"]),
        ])
        let (transcript, speakers) = try roster.apply(to: Self.raw, rosterName: "roster.yaml")
        #expect(transcript.turns.map(\.speaker) == ["Amina Diallo", "MR. SMITH", "Li Wei", "Mr Smith (United Kingdom)", "Amina Diallo"])
        #expect(transcript.turns.map(\.text) == Self.raw.turns.map(\.text))
        #expect(
            speakers == [
                SpeakerInfo(name: "Amina Diallo", role: "Chair, Senegal", roleSource: .roster, labels: ["SPEAKER_01"]),
                SpeakerInfo(name: "MR. SMITH", labels: ["MR. SMITH"]),
                SpeakerInfo(name: "Li Wei", roleSource: .none, labels: ["SPEAKER_00"]),
                SpeakerInfo(name: "Mr Smith (United Kingdom)", labels: ["Mr Smith (United Kingdom)"]),
            ]
        )
        #expect(
            transcript.diagnostics.map(\.message) == [
                "speaker \"MR. SMITH\" is not in the roster", "speaker \"Mr Smith (United Kingdom)\" is not in the roster",
            ]
        )
    }

    @Test func mergesTwoLabelsIntoOneSpeakerMatchingNameAcrossCaseAndPunctuation() throws {
        let roster = Roster(speakers: [
            Roster.Entry(name: "Mr. Smith", role: "United Kingdom", labels: ["mr smith (united kingdom)"]),
            Roster.Entry(name: "Chair", labels: ["SPEAKER_01", "SPEAKER_00"]),
        ])
        let (transcript, speakers) = try roster.apply(to: Self.raw, rosterName: "roster.json")
        #expect(transcript.turns.map(\.speaker) == ["Chair", "Mr. Smith", "Chair", "Mr. Smith", "Chair"])
        #expect(
            speakers == [
                SpeakerInfo(name: "Chair", labels: ["SPEAKER_01", "SPEAKER_00"]),
                SpeakerInfo(name: "Mr. Smith", role: "United Kingdom", roleSource: .roster, labels: ["MR. SMITH", "Mr Smith (United Kingdom)"]),
            ]
        )
        #expect(transcript.diagnostics.isEmpty)
    }

    @Test func entryWithoutLabelsGivesARoleToTheSpeakerOfThatName() throws {
        let roster = Roster(speakers: [Roster.Entry(name: "  mr.  smith ", role: "UK")])
        let (transcript, speakers) = try roster.apply(to: Self.raw, rosterName: "r.json")
        #expect(transcript.turns[1].speaker == "mr. smith")
        #expect(speakers[1] == SpeakerInfo(name: "mr. smith", role: "UK", roleSource: .roster, labels: ["MR. SMITH"]))
    }

    static let badRosters: [(Roster, String)] = [
        (
            Roster(speakers: [Roster.Entry(name: "Ana", labels: ["SPEAKER_07"])]),
            #"the roster label "SPEAKER_07" (speaker "Ana") matches no speaker of the transcript; its speakers are "SPEAKER_01", "MR. SMITH", "SPEAKER_00", "Mr Smith (United Kingdom)""#
        ),
        (
            Roster(speakers: [Roster.Entry(name: "Ms. Jones", role: "France")]),
            #"the roster speaker "Ms. Jones" matches no speaker of the transcript; its speakers are "SPEAKER_01""#
        ),
        (
            Roster(speakers: [Roster.Entry(name: "A", labels: ["SPEAKER_00"]), Roster.Entry(name: "B", labels: ["speaker_00"])]),
            #"the label "SPEAKER_00" is claimed by both "A" and "B""#
        ),
        (Roster(speakers: [Roster.Entry(name: " ", labels: ["SPEAKER_00"])]), "speaker 1 of the roster has an empty name"),
    ]

    @Test(arguments: badRosters)
    func rejectsRosterThatDoesNotFitTheTranscript(roster: Roster, reason: String) {
        let error = #expect(throws: InputError.self) {
            try roster.apply(to: Self.raw, rosterName: "roster.yaml")
        }
        #expect(error?.file == "roster.yaml")
        #expect(error?.line == nil)
        #expect(error?.reason.hasPrefix(reason) == true, "\(error?.reason ?? "no error")")
    }

    @Test func decodesJSONWithOptionalFields() throws {
        let json = """
            {"session": {"title": "Open Forum 42", "date": "27 Nov 2020"},
             "speakers": [{"name": "Moira Patterson", "role": "IEEE SA", "labels": ["MOIRA PATTERSON"]}, {"name": "John Havens"}]}
            """
        let roster = try Roster.decodeJSON(Data(json.utf8), name: "r.json")
        #expect(
            roster
                == Roster(
                    session: SessionInfo(title: "Open Forum 42", date: "27 Nov 2020"),
                    speakers: [
                        Roster.Entry(name: "Moira Patterson", role: "IEEE SA", labels: ["MOIRA PATTERSON"]), Roster.Entry(name: "John Havens"),
                    ]
                )
        )
        #expect(try Roster.decodeJSON(Data("{}".utf8), name: "r.json") == Roster())
    }

    @Test(
        arguments: [
            ("", nil, "the file is empty"),
            ("{\n  \"speakers\": [\n    {\"name\": Ana}\n  ]\n}", 3, "not valid JSON"),
            (#"{"speakers": [{"role": "Chair"}]}"#, nil, #"not a roster: speakers[0] has no "name"; expected {session?"#),
            (#"{"speakers": [{"name": "A", "labels": "A1"}]}"#, nil, "not a roster: speakers[0].labels has the wrong type"),
            (#"{"session": {"date": "today"}}"#, nil, #"not a roster: session has no "title""#),
        ] as [(String, Int?, String)]
    )
    func rejectsMalformedRosterFiles(json: String, line: Int?, reason: String) {
        let error = #expect(throws: InputError.self) {
            try Roster.decodeJSON(Data(json.utf8), name: "r.json")
        }
        #expect(error?.file == "r.json")
        #expect(error?.line == line)
        #expect(error?.reason.hasPrefix(reason) == true, "\(error?.reason ?? "no error")")
    }

    @Test func rosterAppliesToACorpusExcerpt() throws {
        let raw = try TranscriptReader.read(CorpusReaderTests.fixture("igf2020_of42_captions.txt"), name: "igf.txt")
        let roster = Roster(speakers: [
            Roster.Entry(name: "Moira Patterson", role: "IEEE Standards Association", labels: ["MOIRA PATTERSON"]),
            Roster.Entry(name: "John Havens", role: "IEEE Global Initiative", labels: ["John Havens"]),
        ])
        let (transcript, speakers) = try roster.apply(to: raw, rosterName: "igf-roster.json")
        #expect(speakers.map(\.name) == ["Moira Patterson", "John Havens"])
        #expect(speakers.allSatisfy { $0.roleSource == .roster })
        #expect(Set(transcript.turns.map(\.speaker)) == ["Moira Patterson", "John Havens"])
    }
}
