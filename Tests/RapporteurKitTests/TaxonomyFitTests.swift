import Foundation
import RapporteurKit
import Testing

@Suite struct TaxonomyFitTests {
    static func transcript(_ name: String, _ ext: String) throws -> Transcript {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Fixtures"))
        return TranscriptBuilder.build(try TranscriptReader.read(try Data(contentsOf: url), name: "\(name).\(ext)"), source: name)
    }

    @Test(arguments: [
        ("igf2020_of42_captions", "txt", true),
        ("senedd-cype-2020-04-education-excerpt", "txt", false),
        ("ami_ES2002b_excerpt", "txt", false),
        ("qmsum_covid_2_excerpt", "txt", false),
    ])
    func onlyADigitalPolicySessionFitsTheDigitalPolicyTaxonomy(name: String, ext: String, fits: Bool) throws {
        let sentences = try Self.transcript(name, ext).sentences
        #expect(TaxonomyFit.isDigitalPolicy(sentences) == fits, "\(TaxonomyFit.rate(sentences)) per 1,000 words")
    }

    @Test func anUnfittingSessionsTopicsAreItsDiscussionPoints() throws {
        let transcript = try Self.transcript("senedd-cype-2020-04-education-excerpt", "txt")
        let argument = Argument(
            id: "a1",
            speaker: "Sian Gwenllian AM",
            claim: "Testing is crucially important",
            explanation: CitedText(""),
            discussionPoint: "Testing of school staff",
            topics: [TopicRef(basket: "Infrastructure", topic: "critical Internet resources")],
            citations: [24]
        )
        let report = Report(
            session: SessionInfo(title: "t"),
            speakers: [
                SpeakerSection(
                    name: "Sian Gwenllian AM",
                    statistics: SpeakerStatistics(words: 1, turns: 1, sentences: 1, wordShare: 0),
                    arguments: [argument]
                )
            ],
            disclaimer: "",
            transcript: transcript.sentences,
            metadata: RunMetadata(generator: "t", createdAt: "now")
        )
        let topics = TaxonomyFit.withPointTopics(report).speakers[0].arguments[0].topics
        #expect(topics == [TopicRef(basket: "Testing of school staff", topic: "")])
    }
}
