import Foundation
import RapporteurEvaluation
import RapporteurKit
import Testing

@Suite struct EvaluationReferenceTests {
    /// The shared corpus, when this machine has it: `/work/shared/corpus` or `shared/corpus` beside the repository.
    static let corpus: URL? = {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let candidates = [
            URL(fileURLWithPath: "/work/shared/corpus"), repository.deletingLastPathComponent().appendingPathComponent("shared/corpus"),
        ]
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("README.md").path) }
    }()

    static func reference(_ item: String) throws -> MeetingReference {
        let url = try #require(corpus).appendingPathComponent(item).appendingPathComponent("reference.json")
        return try MeetingReference.decode(Data(contentsOf: url), name: "\(item)/reference.json")
    }

    // The queries are real QMSum queries from the corpus items (AMI ES2002b, ICSI Bed009, covid_2, education_1).
    @Test(
        arguments: [
            ("What did the Prime Minister say about fraud in distribution of funds?", "Prime Minister"),
            ("What did the Minister of Seniors say about pandemic assistance for seniors?", "Minister of Seniors"),
            ("What did Bains say about the threshold for the wage subsidy program and loan refinancing?", "Bains"),
            ("What was included in Kirsty Williams AM's explanation about five principles?", "Kirsty Williams AM"),
            ("What did Kirsty Williams AM react in response to help students with emotional and mental health difficulties?", "Kirsty Williams AM"),
            (
                "How did Kirsty Williams AM plan to narrow the attainment gap between disadvantaged pupils and their more affluent peers?",
                "Kirsty Williams AM"
            ),
            (
                "What did Marketing think of installing a new remote control when presenting the second inspiration on technology simplicity?",
                "Marketing"
            ),
            ("Why did Industrial Designer think that the power source was important when presenting the working design?", "Industrial Designer"),
            ("What was Project Manager's opinion on the teletext?", "Project Manager"),
            ("What did me010 say about the parser?", "me010"),
            ("What was the group’s view on Prolog?", nil),
            ("What did the meeting discuss about the school reopening date?", nil),
            ("What did working with local authorities actually mean?", nil),
            ("What's the conclusion on the age group when discussing the target group and why?", nil),
            ("Summarize the presentation on market inspirations.", nil),
            ("Summarize what was said on SmartKom architecture", nil),
            ("What problems were reported due to SmartKom modules interaction?", nil),
        ] as [(String, String?)]
    )
    func extractsTheSpeakerAQueryNames(query: String, speaker: String?) throws {
        let json = #"{"general_summary":[{"query":"q","answer":"a"}],"specific_queries":[{"query":"\#(query)","answer":"x"}]}"#
        let reference = try MeetingReference.decode(Data(json.utf8), name: "r.json")
        #expect(reference.speakerQueries.map(\.speaker) == (speaker.map { [$0] } ?? []))
    }

    @Test func decodesAbstractiveSummaryDroppingPlaceholders() throws {
        let json = """
            {"ami_abstractive_summary": {"abstract": ["First.", "Second."], "actions": ["NA."], "decisions": ["Use batteries.", " NA. "],
             "problems": ["How to categorise."]},
             "qmsum_general_summary": [{"query": "Summarize the whole meeting.", "answer": "QMSum summary."}],
             "talk_stats_from_word_timestamps": {"method": "m", "per_speaker": {"Project Manager": {"speaking_time_s": 703.62,
             "words": 2084, "words_per_minute": 177.7, "channel": "B"}}}}
            """
        let reference = try MeetingReference.decode(Data(json.utf8), name: "r.json")
        #expect(reference.generalSummary == "First. Second.")
        #expect(reference.qmsumGeneralSummary == "QMSum summary.")
        #expect(reference.decisions == ["Use batteries."])
        #expect(reference.actions.isEmpty)
        #expect(reference.problems == ["How to categorise."])
        #expect(reference.talkStatistics == ["Project Manager": ReferenceTalkStats(speechSeconds: 703.62, words: 2084, wordsPerMinute: 177.7)])
    }

    @Test func qmsumItemUsesItsGeneralSummaryForBoth() throws {
        let json = #"{"general_summary":[{"query":"Summarize the whole meeting.","answer":"They met."}],"specific_queries":[]}"#
        let reference = try MeetingReference.decode(Data(json.utf8), name: "r.json")
        #expect(reference.generalSummary == "They met.")
        #expect(reference.qmsumGeneralSummary == "They met.")
        #expect(reference.decisions.isEmpty && reference.talkStatistics.isEmpty)
    }

    @Test(arguments: [
        ("not json", "r.json: not valid JSON"),
        ("[1]", "r.json: not a meeting reference file: not a JSON object"),
        (#"{"id": "x"}"#, "r.json: not a meeting reference file: no general_summary"),
        (#"{"general_summary": [{"query": "q"}]}"#, "r.json: missing key \"answer\" in general_summary.[0]"),
        (#"{"ami_abstractive_summary": {"decisions": "one"}}"#, "r.json: ami_abstractive_summary.decisions has the wrong type"),
    ])
    func rejectsFilesThatAreNotReferences(json: String, message: String) {
        #expect {
            try MeetingReference.decode(Data(json.utf8), name: "r.json")
        } throws: { error in
            String(describing: error).hasPrefix(message)
        }
    }

    @Test(.enabled(if: corpus != nil, "needs the shared corpus"))
    func decodesTheAMIReference() throws {
        let reference = try Self.reference("business_ami_ES2002b")
        #expect(reference.speakerQueries.map(\.speaker) == ["Marketing", "Industrial Designer"])
        #expect((reference.decisions.count, reference.actions.count, reference.problems.count) == (8, 3, 5))
        #expect(reference.generalSummary?.hasPrefix("The project manager briefed the team") == true)
        #expect(reference.qmsumGeneralSummary?.hasPrefix("This meeting was about the functional design") == true)
        #expect(reference.talkStatistics["Project Manager"] == ReferenceTalkStats(speechSeconds: 703.62, words: 2084, wordsPerMinute: 177.7))
        #expect(reference.talkStatistics.count == 4)
    }

    @Test(.enabled(if: corpus != nil, "needs the shared corpus"))
    func decodesTheICSIReference() throws {
        let reference = try Self.reference("research_group_icsi_Bed009")
        #expect(reference.speakerQueries.isEmpty)
        #expect((reference.decisions.count, reference.actions.count, reference.problems.count) == (7, 0, 6))
        #expect(reference.generalSummary?.hasPrefix("The Berkeley Even Deeper Understanding group") == true)
        #expect(reference.talkStatistics.count == 7)
        #expect(reference.talkStatistics["me010"]?.words == 3788)
    }

    @Test(.enabled(if: corpus != nil, "needs the shared corpus"))
    func decodesTheCommitteeReferences() throws {
        let canada = try Self.reference("parliament_ca_covid19_committee_qmsum_covid_2")
        #expect(
            canada.speakerQueries.map(\.speaker) == ["Prime Minister", "Minister of Seniors", "Prime Minister", "Bains", "Morneau", "Bains", "Bains"]
        )
        #expect(canada.generalSummary == canada.qmsumGeneralSummary)
        #expect(canada.decisions.isEmpty && canada.talkStatistics.isEmpty)
        let wales = try Self.reference("parliament_wales_cype_committee_qmsum_education_1")
        #expect(wales.speakerQueries.count == 6)
        #expect(Set(wales.speakerQueries.map(\.speaker)) == ["Kirsty Williams AM"])
    }
}
