public import RapporteurKit

extension FixtureReport {
    /// A turn of a fixture transcript before sentence IDs are assigned.
    struct TurnScript {
        var speaker: String
        var start: Double?
        var end: Double?
        var sentences: [String]
    }

    /// The transcript of the full fixture: an IGF open forum with a moderator, a government speaker and a
    /// speaker from the floor whose turns have no timestamps.
    ///
    /// - Returns: 8 turns, 25 sentences, 3 speakers.
    public static func transcript() -> Transcript {
        makeTranscript(source: "open-forum-42.txt", script: forumScript, speakers: forumSpeakers, diagnostics: [untimedTurnsWarning])
    }

    static let forumSpeakers = [
        SpeakerInfo(name: "Moderator", role: "Chair of the open forum, ITU Development Sector", roleSource: .roster, labels: ["MODERATOR"]),
        SpeakerInfo(
            name: "Amina Diallo",
            role: "Director of Digital Infrastructure, Ministry of Communication, Senegal",
            roleSource: .roster,
            labels: ["AMINA DIALLO", "Ms. Diallo"]
        ),
        SpeakerInfo(name: "Lucas Ferreira", role: "Internet Society Brazil Chapter", roleSource: .transcript, labels: ["FLOOR"]),
    ]

    static let untimedTurnsWarning = Diagnostic(
        severity: .warning,
        message: "2 turns of Lucas Ferreira have no timestamps; his speech time and speed are not available",
        file: "open-forum-42.txt",
        line: 14
    )

    static let forumScript: [TurnScript] = [
        TurnScript(
            speaker: "Moderator",
            start: 12,
            end: 33,
            sentences: [
                "Good morning and welcome to this open forum on meaningful connectivity after the WSIS+20 review.",
                "We have one hour, and I would like to hear from government, from the technical community and from the floor.",
                "Amina, the floor is yours: where does Senegal stand today?",
            ]
        ),
        TurnScript(
            speaker: "Amina Diallo",
            start: 34,
            end: 71,
            sentences: [
                "Thank you, Chair.",
                "Mobile broadband now covers 92 percent of our population, but only 46 percent actually use the internet.",
                "The gap is not coverage any more, it is affordability, devices and skills.",
                "A basic smartphone still costs more than a month of the minimum wage in rural areas.",
                "That is why our national strategy puts community networks and public access points in every district by 2027.",
                "We also need the universal service fund to finance demand, not only towers.",
            ]
        ),
        TurnScript(
            speaker: "Moderator",
            start: 72,
            end: 80,
            sentences: [
                "Thank you. Lucas, you work with community networks in Brazil, does that match what you see?"
            ]
        ),
        TurnScript(
            speaker: "Lucas Ferreira",
            start: nil,
            end: nil,
            sentences: [
                "It matches, with one caveat.",
                "Community networks work when the community owns them, not when they are a rebranded operator project.",
                "In the Amazon we connected 14 villages with spectrum the regulator lent us for free.",
                "I disagree that universal service funds are the answer, because in most countries the money sits unspent for years.",
                "Let communities apply directly for small grants instead.",
            ]
        ),
        TurnScript(
            speaker: "Moderator",
            start: 112,
            end: 123,
            sentences: [
                "So we have agreement on community networks but not on how to pay for them.",
                "Amina, can the fund be reformed rather than bypassed?",
            ]
        ),
        TurnScript(
            speaker: "Amina Diallo",
            start: 124,
            end: 141,
            sentences: [
                "It can, and it must.",
                "Senegal will publish the fund's disbursements every quarter starting next year, so anyone can see where the money goes.",
                "I would welcome communities applying directly, as long as the grants are audited.",
            ]
        ),
        TurnScript(
            speaker: "Lucas Ferreira",
            start: nil,
            end: nil,
            sentences: [
                "Audits are fine if they are proportionate to a grant of a few thousand dollars.",
                "Connectivity without local ownership is just another extractive service.",
            ]
        ),
        TurnScript(
            speaker: "Moderator",
            start: 155,
            end: 174,
            sentences: [
                "Let me close with a question for all of us: who measures whether connectivity is meaningful, and by which indicators?",
                "We will send a summary to the IGF secretariat and follow up at the regional forum in Dakar.",
                "Thank you all.",
            ]
        ),
    ]

    /// Builds a transcript from scripted turns, numbering sentences from 1 in order.
    static func makeTranscript(source: String, script: [TurnScript], speakers: [SpeakerInfo], diagnostics: [Diagnostic]) -> Transcript {
        var nextID = 1
        var turns: [Turn] = []
        for (index, entry) in script.enumerated() {
            let sentences = entry.sentences.map { text in
                defer { nextID += 1 }
                return Sentence(id: nextID, speaker: entry.speaker, text: text, turn: index, start: entry.start, end: entry.end)
            }
            let text = entry.sentences.joined(separator: " ")
            turns.append(
                Turn(index: index, speaker: entry.speaker, text: text, start: entry.start, end: entry.end, line: index * 2 + 1, sentences: sentences)
            )
        }
        return Transcript(source: source, format: .plain, turns: turns, speakers: speakers, diagnostics: diagnostics)
    }

    /// Statistics of one speaker, measured on the fixture transcript with a simple word rule (runs of
    /// non-space characters holding a letter or digit); times are the sum of the speaker's timed turns.
    static func statistics(of speaker: String, in transcript: Transcript) -> SpeakerStatistics {
        let words = { (text: String) in text.split(whereSeparator: \.isWhitespace).filter { $0.contains { $0.isLetter || $0.isNumber } }.count }
        let allWords = transcript.turns.reduce(0) { $0 + words($1.text) }
        let turns = transcript.turns.filter { $0.speaker == speaker }
        let own = turns.reduce(0) { $0 + words($1.text) }
        let duration = { (turn: Turn) -> Double? in turn.start.flatMap { start in turn.end.map { $0 - start } } }
        let allSeconds = transcript.turns.compactMap(duration).reduce(0, +)
        let timed = turns.compactMap(duration)
        let seconds: Double? = timed.isEmpty ? nil : timed.reduce(0, +)
        return SpeakerStatistics(
            words: own,
            turns: turns.count,
            sentences: turns.reduce(0) { $0 + $1.sentences.count },
            wordShare: allWords > 0 ? Double(own) / Double(allWords) : 0,
            speechSeconds: seconds,
            timeShare: seconds.map { allSeconds > 0 ? $0 / allSeconds : 0 },
            wordsPerMinute: seconds.map { $0 > 0 ? Double(own) / ($0 / 60) : 0 }
        )
    }
}
