import Foundation
import RapporteurKit
import RapporteurTesting
import Testing

@Suite struct VerifyCommandTests {
    /// The full fixture report with one summary paragraph its citations do not support, saved as `report.json`.
    private func folderWithReport() throws -> (TemporaryFolder, Report) {
        var report = FixtureReport.full()
        report.summary.append(CitedText("The committee unanimously approved a budget of 9 billion pounds.", citations: [1]))
        let folder = try TemporaryFolder()
        try folder.write(Data(JSONRenderer().render(report).utf8), to: "report.json")
        return (folder, report)
    }

    @Test func printsTheCountsPerSectionAndEachProblem() async throws {
        let (folder, report) = try folderWithReport()
        let result = try await Rapporteur.run(["verify", "report.json"], in: folder.url)
        #expect(result.status == 0)
        let outcome = SupportVerifier(sentences: report.transcript).verify(report)
        let summary = try #require(outcome.counts[.summary])
        #expect(summary.dropped >= 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("section") == true)
        let summaryRow = try #require(lines.first { $0.hasPrefix("summary ") })
        #expect(summaryRow.split(separator: " ").suffix(2) == ["\(summary.dropped)", "\(summary.misattributed)"])
        #expect(lines.contains { $0.hasPrefix("all ") })
        #expect(lines.contains { $0.hasPrefix("- summary[") && $0.contains("9 billion") })
    }

    @Test func writesTheVerifiedReportWithItsCounts() async throws {
        let (folder, _) = try folderWithReport()
        let result = try await Rapporteur.run(["verify", "report.json", "-o", "verified.json"], in: folder.url)
        #expect(result.status == 0)
        #expect(result.stderrLines == ["wrote verified.json"])
        let verified = try JSONDecoder().decode(Report.self, from: try Data(contentsOf: folder.file("verified.json")))
        #expect(!verified.summary.contains { $0.text.contains("9 billion") })
        #expect(verified.metadata.verification.first { $0.section == "summary" }?.supported != nil)
        #expect(verified.summary.allSatisfy { $0.support != nil })
    }

    @Test func neverWritesOverTheReportItReads() async throws {
        let (folder, _) = try folderWithReport()
        let before = try Data(contentsOf: folder.file("report.json"))
        let result = try await Rapporteur.run(["verify", "report.json", "-o", "report.json"], in: folder.url)
        #expect(result.status != 0)
        #expect(try Data(contentsOf: folder.file("report.json")) == before)
    }
}
