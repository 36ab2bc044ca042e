import Foundation
import RapporteurKit
import Testing

@Suite struct PlainTextReaderTests {
    static func read(_ text: String) throws -> RawTranscript {
        try TranscriptReader.read(Data(text.utf8), name: "t.txt", format: .plain)
    }

    @Test(arguments: [
        ("Alice: Hello.", "Alice"),
        ("MOIRA PATTERSON: So I see the audience.", "MOIRA PATTERSON"),
        ("Mr. Paul Manly (NanaimoLadysmith, GP): Thank you, Mr. Chair.", "Mr. Paul Manly (NanaimoLadysmith, GP)"),
        (
            "The Chair (Hon. Anthony Rota (NipissingTimiskaming, Lib.)): I call the meeting to order.",
            "The Chair (Hon. Anthony Rota (NipissingTimiskaming, Lib.))"
        ),
        ("SPEAKER_00: Okay.", "SPEAKER_00"),
        ("me012: Testing channel two.", "me012"),
        ("Audience member: Can you hear me?", "Audience member"),
        ("Participant from the floor: A question.", "Participant from the floor"),
        ("H.E. Ms. Amina J. Mohammed: Excellencies.", "H.E. Ms. Amina J. Mohammed"),
        ("Jean-Yves Duclos: Merci.", "Jean-Yves Duclos"),
        ("Ursula von der Leyen: Thank you.", "Ursula von der Leyen"),
        ("Q: Why?", "Q"),
        ("Speaker 2: Yes.", "Speaker 2"),
        ("WHO: The pandemic is not over.", "WHO"),
        ("Kirsty Williams AM, Minister for Education: Thank you.", "Kirsty Williams AM, Minister for Education"),
    ])
    func recognisesNameAndRoleLabels(line: String, label: String) throws {
        let raw = try Self.read(line)
        #expect(raw.turns.map(\.speaker) == [label])
    }

    @Test(arguments: [
        "Note: the following figures are provisional.",
        "So the answer is: no.",
        "You asked: how do we define it?",
        "Article 5: The parties shall cooperate.",
        "Example: a city council.",
        "Why not? Because: reasons.",
        "Well, I think: maybe.",
        "However: not everyone agreed.",
        "Action: the secretariat will circulate a draft.",
        "See https://example.org for details.",
        "We met at 10:30 and left.",
        "This is a very long sentence with many words before the colon: text.",
    ])
    func treatsOtherColonLinesAsContinuation(line: String) throws {
        let raw = try Self.read("Alice: First.\n\(line)\n")
        #expect(raw.turns == [RawTurn(speaker: "Alice", text: "First. \(line)", line: 1)])
    }

    @Test func keepsOneTurnPerLineEvenForTheSameSpeaker() throws {
        let raw = try Self.read("Alice: One.\nAlice: Two.\n\nBob: Three.\n")
        #expect(raw.turns.map(\.text) == ["One.", "Two.", "Three."])
        #expect(raw.turns.map(\.line) == [1, 2, 4])
    }

    @Test func collapsesWhiteSpace() throws {
        let raw = try Self.read("  Alice:   Hello \t  there,\n\u{00A0}  friend.  \n")
        #expect(raw.turns.map(\.text) == ["Hello there, friend."])
    }

    @Test(
        arguments: [
            ("[00:00:14.590 - 00:00:15.420] Project Manager: Okay.", 14.59, 15.42),
            ("[00:01:02] Alice: Hi.", 62.0, nil),
            ("[01:02.5] Alice: Hi.", 62.5, nil),
            ("[1:00:00,250 - 1:00:01,000] Alice: Hi.", 3600.25, 3601.0),
            ("[00:00:01.000 --> 00:00:02.000] Alice: Hi.", 1.0, 2.0),
        ] as [(String, Double, Double?)]
    )
    func readsTimePrefixes(line: String, start: Double, end: Double?) throws {
        let turn = try #require(try Self.read(line).turns.first)
        #expect(turn.start == start)
        #expect(turn.end == end)
        #expect(turn.text == "Okay." || turn.text == "Hi.")
    }

    @Test func timedLineWithoutLabelStartsATurnOfTheSameSpeaker() throws {
        let raw = try Self.read("[00:00:01.000 - 00:00:02.000] Alice: One.\n[00:00:02.000 - 00:00:03.000] two.\nthree.\n")
        #expect(
            raw.turns == [
                RawTurn(speaker: "Alice", text: "One.", start: 1, end: 2, line: 1),
                RawTurn(speaker: "Alice", text: "two. three.", start: 2, end: 3, line: 2),
            ]
        )
    }

    @Test func bracketedTextThatIsNotATimeStaysText() throws {
        let raw = try Self.read("Alice: Hi.\n[laughter] and more.\n")
        #expect(raw.turns.map(\.text) == ["Hi. [laughter] and more."])
    }

    @Test func textBeforeAnySpeakerIsAttributedToAnUnidentifiedSpeakerWithAWarning() throws {
        let raw = try Self.read("Welcome everyone.\nAlice: Thanks.\n")
        #expect(raw.turns.map(\.speaker) == [TranscriptReader.unidentifiedSpeaker, "Alice"])
        #expect(raw.diagnostics.count == 1)
        #expect(raw.diagnostics.first?.severity == .warning)
        #expect(raw.diagnostics.first?.file == "t.txt")
        #expect(raw.diagnostics.first?.line == 1)
    }

    @Test func emptyTurnIsSkippedWithAWarningNamingTheLine() throws {
        let raw = try Self.read("Alice: Hi.\nBob:\nAlice: Still here.\n")
        #expect(raw.turns.map(\.speaker) == ["Alice", "Alice"])
        #expect(raw.diagnostics == [Diagnostic(severity: .warning, message: "skipped an empty turn of Bob", file: "t.txt", line: 2)])
    }

    @Test func labelOnItsOwnLineTakesTheFollowingText() throws {
        let raw = try Self.read("Alice:\nHello there.\n")
        #expect(raw.turns == [RawTurn(speaker: "Alice", text: "Hello there.", line: 1)])
        #expect(raw.diagnostics.isEmpty)
    }

    @Test(arguments: [
        ("Bob\u{200B}: zero-width space.", "Bob"),
        ("\u{200F}Bob\u{200E}: bidi marks.", "Bob"),
        ("Bob \u{202E}Smith\u{202C}: an override.", "Bob Smith"),
        ("\u{2066}Bob\u{2069}: an isolate.", "Bob"),
        ("\u{1B}[31mBob\u{1B}[0m: an ANSI colour.", "Bob"),
        ("\u{1B}]0;title\u{7}Bob: an OSC title.", "Bob"),
        ("\u{1B}]8;;http://x.test\u{1B}\\Bob\u{1B}]8;;\u{1B}\\: an OSC hyperlink.", "Bob"),
        ("Bo\u{7}b: a BEL.", "Bob"),
        ("\u{FEFF}Bob: a byte order mark.", "Bob"),
    ])
    func readsALabelWithInvisibleCharactersAsTheLabelWithoutThem(line: String, label: String) throws {
        let raw = try Self.read("Alice: Hello.\n\(line)\n")
        #expect(raw.turns.map(\.speaker) == ["Alice", label])
        #expect(raw.diagnostics.isEmpty)
    }

    @Test(arguments: ["🎤 Bob: emoji first.", "Bob 🎤: emoji last.", "Bob ★ Smith: a star."])
    func reportsALabelRefusedForSymbolsInsteadOfAddingItSilently(line: String) throws {
        let raw = try Self.read("Alice: Hello.\n\(line)\n")
        #expect(raw.turns.map(\.speaker) == ["Alice"])
        let warning = try #require(raw.diagnostics.first)
        #expect(warning.line == 2)
        #expect(warning.message.contains("looks like a speaker label but holds emoji or symbols"))
        #expect(warning.message.contains("more of Alice's turn"))
    }

    @Test func keepsTurnTextExactWhenTheLabelIsNormalised() throws {
        let raw = try Self.read("Bob\u{200B}: red \u{1B}[31mtext\u{1B}[0m.\n")
        #expect(raw.turns.map(\.text) == ["red \u{1B}[31mtext\u{1B}[0m."])
    }
}
