public import RapporteurKit

extension FixtureReport {
    /// A speaker name that is an HTML script element.
    public static let hostileSpeaker = "<script>alert(1)</script>"

    /// Text with every character HTML escaping must handle.
    public static let hostileText = #"She said "5 < 6 & 7 > 2" isn't 'true'."#

    /// The transcript of the hostile fixture: names, roles and text built to break HTML and Markdown.
    ///
    /// - Returns: 2 turns, 5 sentences, 2 speakers (one untimed).
    public static func hostileTranscript() -> Transcript {
        let script = [
            TurnScript(
                speaker: hostileSpeaker,
                start: 5,
                end: 17,
                sentences: [
                    hostileText,
                    #"See [click](javascript:alert(1)) and <img src="https://evil.example/x.png" onerror="alert(2)">."#,
                    "# not a heading *not bold* _not italic_ `not code` | not | a table |",
                ]
            ),
            TurnScript(
                speaker: "O'Brien & <Sons>",
                start: nil,
                end: nil,
                sentences: [
                    "1. not a list item",
                    #"- not a bullet </li></ol><a href="https://evil.example">x</a>"#,
                ]
            ),
        ]
        let speakers = [
            SpeakerInfo(name: hostileSpeaker, role: #"Delegate of "Evil" & Co <img src=x onerror=alert(1)>"#, roleSource: .roster),
            SpeakerInfo(name: "O'Brien & <Sons>", roleSource: .none),
        ]
        let diagnostics = [Diagnostic(severity: .warning, message: "label <b>FLOOR</b> & \"unknown\"", file: "<evil>.txt", line: 3)]
        return makeTranscript(source: "<evil>.txt", script: script, speakers: speakers, diagnostics: diagnostics)
    }

    /// A report whose every string is hostile to HTML or Markdown and whose optional sections are empty.
    ///
    /// - Returns: A statistics-only report (no model) with one argument, one quote and empty sections.
    public static func hostile() -> Report {
        let transcript = hostileTranscript()
        let other = "O'Brien & <Sons>"
        let argument = Argument(
            id: #"a1" onclick="alert(3)"#,
            speaker: hostileSpeaker,
            claim: #"<iframe src="https://evil.example"></iframe> & "claims""#,
            explanation: CitedText(#"</dd><script>alert(4)</script> 'quoted' & "double""#, citations: [1, 2]),
            evidence: CitedText("**not bold** [not a link](https://evil.example)", citations: [3]),
            discussionPoint: "<h1>point</h1>",
            topics: [TopicRef(basket: "Human <rights>", topic: "freedom & \"expression\"")],
            agreedWith: [Argument.Relation(speaker: other, on: "<u>agreement</u>", argumentID: "missing")],
            disagreedWith: [Argument.Relation(speaker: other, on: "'single' & \"double\"")],
            citations: [1, 2, 3]
        )
        return Report(
            session: SessionInfo(title: #"Budget <b>&</b> "Oversight" – 'Q&A'"#, date: "<1 Apr>", venue: "Room & \"Hall\""),
            summary: [CitedText(hostileText, citations: [1])],
            speakers: [
                SpeakerSection(
                    name: hostileSpeaker,
                    role: transcript.speakers[0].role,
                    roleSource: .roster,
                    statistics: statistics(of: hostileSpeaker, in: transcript),
                    arguments: [argument]
                ),
                SpeakerSection(name: other, isAdditional: true, statistics: statistics(of: other, in: transcript)),
            ],
            thoughtProvoking: [
                ThoughtProvokingComment(quote: hostileText, speaker: hostileSpeaker, reason: "<em>reason</em>", impact: "& impact", citations: [1])
            ],
            followUpQuestions: [FollowUpQuestion(question: "Is 5 < 6 & \"so\"?", speaker: other, explanation: "'because'", citations: [4, 5])],
            disclaimer: "Not an official record <!-- comment --> & may contain errors.",
            transcript: transcript.sentences,
            metadata: RunMetadata(generator: "Rapporteur <test>", createdAt: "2025-01-01T00:00:00Z"),
            diagnostics: transcript.diagnostics
        )
    }
}
