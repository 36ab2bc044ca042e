public import RapporteurKit

/// Hand-built reports for renderer, schema and CLI tests.
///
/// ``full()`` exercises every section and field of ``Report`` with realistic IGF content: three speakers (two
/// from the roster, one additional whose role comes from the transcript and whose turns have no timestamps),
/// arguments with and without evidence, agreements, differences, action items with and without an owner, quotes,
/// questions with and without a speaker, verification counts and diagnostics. ``hostile()`` carries strings
/// built to break HTML and Markdown and leaves most sections empty.
public enum FixtureReport {
    /// The full report of the fixture open forum.
    ///
    /// - Returns: A report whose citations all point into ``transcript()``.
    public static func full() -> Report {
        let transcript = transcript()
        let report = Report(
            session: SessionInfo(
                title: "Open Forum #42: Meaningful connectivity after WSIS+20",
                date: "24 Jun 2025",
                time: "10:30h - 11:30h",
                venue: "IGF 2025, Lillestrøm, Norway"
            ),
            summary: summary,
            keyPoints: keyPoints,
            speakers: speakerSections(in: transcript),
            narrative: narrative,
            agreements: agreements,
            differences: differences,
            takeaways: takeaways,
            thoughtProvoking: thoughtProvoking,
            thoughtProvokingAssessment: CitedText(
                "Both quotes move the debate from coverage figures to who owns and pays for connectivity.",
                citations: [6, 22]
            ),
            followUpQuestions: followUpQuestions,
            disclaimer: "This is not an official session record. Rapporteur generated it automatically from the transcript "
                + "with the model qwen2.5-7b-instruct and it may contain errors; every statement cites the transcript "
                + "sentences it rests on, so check them before quoting.",
            transcript: transcript.sentences,
            metadata: metadata,
            diagnostics: [
                untimedTurnsWarning,
                Diagnostic(
                    severity: .note,
                    message: "1 thought-provoking quote dropped: not found verbatim in the transcript",
                    stage: "thoughtProvoking"
                ),
                Diagnostic(severity: .error, message: "narrative section \"Next steps\" failed after 2 retries and is left out", stage: "narrative"),
            ]
        )
        return withSupportScores(report)
    }

    static let metadata = RunMetadata(
        generator: "Rapporteur 0.1.0",
        model: "qwen2.5-7b-instruct-q4_k_m",
        engine: "llama.cpp server (local)",
        createdAt: "2025-06-24T12:05:31Z",
        wallSeconds: 184.6,
        usage: RunMetadata.Usage(calls: 14, cachedCalls: 2, promptTokensEvaluated: 18_342, promptTokensReused: 9_876, generatedTokens: 3_215),
        verification: [
            RunMetadata.SectionVerification(section: "arguments", kept: 7, repaired: 1, dropped: 2, supported: 5, recited: 2, misattributed: 1),
            RunMetadata.SectionVerification(section: "agreements", kept: 2, dropped: 0),
            RunMetadata.SectionVerification(section: "thoughtProvoking", kept: 2, dropped: 1),
            RunMetadata.SectionVerification(section: "followUpQuestions", kept: 2, repaired: 1, dropped: 0),
        ]
    )

    /// The report with every statement's support score as ``SupportCheck`` measures it on its own citations
    /// (quotes get none: they are verbatim or dropped).
    static func withSupportScores(_ report: Report) -> Report {
        let check = SupportCheck(sentences: report.transcript)
        return report.rewritingCitedItems { item in
            guard item.kind != .quote else { return item }
            var scored = item
            scored.support = (check.score(item.text, citations: item.citations).score * 1000).rounded() / 1000
            return scored
        }
    }

    static func speakerSections(in transcript: Transcript) -> [SpeakerSection] {
        let additional: Set = ["Lucas Ferreira"]
        return transcript.speakers.map { speaker in
            SpeakerSection(
                name: speaker.name,
                role: speaker.role,
                roleSource: speaker.roleSource,
                isAdditional: additional.contains(speaker.name),
                statistics: statistics(of: speaker.name, in: transcript),
                arguments: arguments.filter { $0.speaker == speaker.name }
            )
        }
    }

    static let summary = [
        CitedText(
            "The open forum asked why connectivity still fails to become use once networks reach people, and who should pay "
                + "for closing that gap.",
            citations: [1, 5, 6]
        ),
        CitedText(
            "Amina Diallo described Senegal's usage gap and its plan for community networks and public access points; "
                + "Lucas Ferreira supported community networks but argued for direct grants instead of universal service funds. "
                + "The speakers converged on direct, proportionately audited grants.",
            citations: [5, 8, 12, 14, 15, 19, 20, 21]
        ),
    ]

    static let keyPoints = KeyPoints(
        discussionPoints: [
            KeyPoints.DiscussionPoint(
                title: "Usage gap rather than coverage gap",
                description: CitedText(
                    "Coverage is nearly universal in Senegal but use is not, because of affordability, devices and skills.",
                    citations: [5, 6, 7]
                )
            ),
            KeyPoints.DiscussionPoint(
                title: "Community networks",
                description: CitedText("Both speakers see community-owned networks as part of the answer.", citations: [8, 12, 13])
            ),
            KeyPoints.DiscussionPoint(
                title: "Financing",
                description: CitedText(
                    "Whether universal service funds can be reformed or should be bypassed with small direct grants.",
                    citations: [9, 14, 15, 17, 18]
                )
            ),
        ],
        purpose: CitedText(
            "To take stock of meaningful connectivity after the WSIS+20 review, hearing government, the technical community and the floor.",
            citations: [1, 2]
        ),
        tone: CitedText(
            "Constructive throughout: a disagreement on financing narrowed into a shared proposal by the end.",
            citations: [14, 16, 20, 21]
        )
    )
}
