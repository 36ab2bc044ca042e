import Foundation
import RapporteurKit
import RapporteurTesting
import Testing

@Suite struct MarkdownRendererTests {
    private func matches(of pattern: String, in text: String) throws -> [String] {
        let regex = try NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    @Test(arguments: ["full", "hostile"])
    func everyInternalLinkHasATargetAnchor(fixture: String) throws {
        let markdown = MarkdownRenderer().render(fixture == "full" ? FixtureReport.full() : FixtureReport.hostile())
        let targets = Set(try matches(of: #"\]\(#([A-Za-z0-9_-]+)\)"#, in: markdown))
        let anchors = Set(try matches(of: #"<a id="([A-Za-z0-9_-]+)"></a>"#, in: markdown))
        #expect(!targets.isEmpty)
        #expect(targets.subtracting(anchors) == [])
    }

    @Test func citationsAreLinksToTheTranscriptAppendix() {
        let markdown = MarkdownRenderer().render(FixtureReport.full())
        #expect(
            markdown.contains(
                "Whether universal service funds can be reformed or should be bypassed with small direct grants. [9](#s9)[14-15](#s14)[17-18](#s17)"
            )
        )
        #expect(markdown.contains("\n- <a id=\"s12\"></a>[12] **Lucas Ferreira:** Community networks work when the community owns them"))
        #expect(markdown.contains("\n- <a id=\"s1\"></a>[1] 00:00:12 **Moderator:** Good morning"))
    }

    @Test func appendixListsEverySentenceOnce() throws {
        let report = FixtureReport.full()
        let ids = try matches(of: #"\n- <a id="s(\d+)"></a>"#, in: MarkdownRenderer().render(report))
        #expect(ids == report.transcript.map { String($0.id) })
    }

    @Test func sectionsAreSecondLevelHeadingsInReferenceOrder() throws {
        let headings = try matches(of: #"\n## <a id="[a-z-]+"></a>([^\n]+)"#, in: MarkdownRenderer().render(FixtureReport.full()))
        #expect(
            headings == [
                "Session at a glance", "Full session report", "Session transcript", "Agreements", "Differences", "Takeaways",
                "Thought provoking comments", "Follow-up questions", "Disclaimer", "Run metadata", "Diagnostics", "Transcript appendix",
            ]
        )
    }

    @Test func transcriptTextCannotAddHTMLLinksEmphasisOrBlocks() {
        let markdown = MarkdownRenderer().render(FixtureReport.hostile())
        let unescaped = markdown.replacingOccurrences(of: "\\<", with: "")
        #expect(!unescaped.contains("<script"))
        #expect(!unescaped.contains("<img"))
        #expect(!unescaped.contains("<iframe"))
        #expect(markdown.contains(##"### <a id="speaker-1"></a>\<script>alert(1)\</script>"##))
        #expect(markdown.contains(##"**Evidence:** \*\*not bold\*\* \[not a link\](https://evil.example) [3](#s3)"##))
        #expect(markdown.contains(##"**\<script>alert(1)\</script>:** \# not a heading \*not bold\* \_not italic\_ \`not code\` | not | a table |"##))
        #expect(markdown.contains(##"[4] **O'Brien & \<Sons>:** 1\. not a list item"##))
        #expect(markdown.contains(##"[5] **O'Brien & \<Sons>:** \- not a bullet \</li>\</ol>\<a href="https://evil.example">x\</a>"##))
    }

    @Test func emptySectionsAreShownAsItalicPlaceholders() {
        let markdown = MarkdownRenderer().render(FixtureReport.hostile())
        #expect(markdown.contains("### Agreement points\n\n_None identified._\n\n### Similar viewpoints\n\n_None identified._"))
        #expect(markdown.contains("### Executive Summary\n\n_Not available._"))
    }

    @Test func chartsBecomeTablesWithEscapedCells() {
        var report = FixtureReport.hostile()
        report.speakers[1].name = "A | B"
        let markdown = MarkdownRenderer().render(report)
        #expect(
            markdown.contains(
                "| Speaker | Speech length |\n| --- | ---: |\n| \\<script>alert(1)\\</script> | 26 words (72.2%) |\n| A \\| B | 10 words (27.8%) |"
            )
        )
    }
}
