import Foundation
import RapporteurKit
import RapporteurTesting
import Testing

@Suite struct ReportFormatRendererTests {
    @Test(arguments: [
        (ReportFormat.text, "txt"), (.markdown, "md"), (.html, "html"), (.json, "json"),
    ])
    func eachFormatHasItsUsualFileExtension(format: ReportFormat, fileExtension: String) {
        #expect(format.fileExtension == fileExtension)
    }

    @Test func eachFormatUsesItsOwnRenderer() {
        #expect(ReportFormat.text.renderer is TextRenderer)
        #expect(ReportFormat.markdown.renderer is MarkdownRenderer)
        #expect(ReportFormat.html.renderer is HTMLRenderer)
        #expect(ReportFormat.json.renderer is JSONRenderer)
        #expect(ReportFormat(rawValue: "markdown") == .markdown)
    }

    @Test(arguments: ReportFormat.allCases)
    func everyFormatEndsWithOneNewlineAndShowsEveryCitedSentence(format: ReportFormat) {
        let report = FixtureReport.full()
        let output = format.renderer.render(report)
        #expect(output.hasSuffix("\n") && !output.hasSuffix("\n\n"))
        for sentence in report.transcript { #expect(output.contains("\(sentence.id)")) }
    }

    @Test(arguments: [ReportFormat.text, .markdown, .html])
    func largeReportRendersEverySentence(format: ReportFormat) {
        var report = FixtureReport.full()
        report.transcript = (1...3000).map {
            Sentence(id: $0, speaker: "Speaker \($0 % 7)", text: "Sentence number \($0) of a long plenary.", turn: $0 / 5, start: Double($0) * 3)
        }
        let output = format.renderer.render(report)
        #expect(output.contains("Sentence number 3000 of a long plenary."))
        #expect(output.components(separatedBy: "of a long plenary.").count == 3001)
    }
}
