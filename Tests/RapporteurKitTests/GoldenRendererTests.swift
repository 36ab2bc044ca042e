import RapporteurKit
import RapporteurTesting
import Testing

/// Golden files: one per renderer and fixture. Re-record with `RECORD_GOLDEN=1 swift test --filter GoldenRendererTests`.
@Suite struct GoldenRendererTests {
    @Test(arguments: ReportFormat.allCases)
    func fullReportMatchesGoldenFile(format: ReportFormat) throws {
        try expectGolden(format.renderer.render(FixtureReport.full()), named: "full", ext: format.fileExtension)
    }

    @Test(arguments: ReportFormat.allCases)
    func hostileReportMatchesGoldenFile(format: ReportFormat) throws {
        try expectGolden(format.renderer.render(FixtureReport.hostile()), named: "hostile", ext: format.fileExtension)
    }

    @Test(arguments: ReportFormat.allCases)
    func transcriptMatchesGoldenFile(format: ReportFormat) throws {
        try expectGolden(TranscriptRenderer.render(FixtureReport.transcript(), as: format), named: "transcript", ext: format.fileExtension)
    }
}
