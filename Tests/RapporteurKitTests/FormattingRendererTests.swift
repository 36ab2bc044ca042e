import Testing

@testable import RapporteurKit

@Suite struct FormattingRendererTests {
    @Test(arguments: [
        ([12, 40, 41, 42], "[12][40-42]"),
        ([42, 12, 41, 40, 12], "[12][40-42]"),
        ([3, 1, 2, 5], "[1-3][5]"),
        ([7], "[7]"),
        ([], ""),
    ])
    func citationsCollapseConsecutiveIDsIntoRanges(ids: [Int], expected: String) {
        #expect(CitationRuns.plain(ids) == expected)
    }

    @Test(arguments: [
        (0.0, "0.0%"), (0.2346, "23.5%"), (0.3449, "34.5%"), (1.0, "100.0%"), (0.0004, "0.0%"), (0.0006, "0.1%"), (Double.nan, "n/a"),
    ])
    func sharesArePercentagesWithOneDecimal(share: Double, expected: String) {
        #expect(ReportNumbers.percent(share) == expected)
    }

    @Test(arguments: [(138.5, "139"), (137.49, "137"), (0.4, "0"), (190.6, "191"), (Double.infinity, "n/a")])
    func countsAreRoundedToIntegers(value: Double, expected: String) {
        #expect(ReportNumbers.integer(value) == expected)
    }

    @Test(arguments: [(0.0, "00:00:00"), (62.9, "00:01:02"), (3723, "01:02:03"), (-5, "00:00:00"), (360_000, "100:00:00")])
    func timesAreHoursMinutesSeconds(seconds: Double, expected: String) {
        #expect(ReportNumbers.timecode(seconds) == expected)
    }

    @Test(arguments: [
        ("plain text", "plain text"),
        ("a *b* _c_ `d` [e](f) <g>", #"a \*b\* \_c\_ \`d\` \[e\](f) \<g>"#),
        ("# heading", ##"\# heading"##),
        ("- item", #"\- item"#),
        ("> quote", #"\> quote"#),
        ("12. item", #"12\. item"#),
        ("2.2 billion people", "2.2 billion people"),
        ("    indented\ncode", "indented code"),
        ("5 > 3 | 2", "5 > 3 | 2"),
    ])
    func markdownEscapingNeutralisesStructure(text: String, expected: String) {
        #expect(MarkdownEscaping.escape(text) == expected)
    }

    @Test func markdownTableCellsEscapePipes() {
        #expect(MarkdownEscaping.escapeTableCell("A | B") == #"A \| B"#)
    }

    @Test func htmlEscapingCoversTheFiveSpecialCharacters() {
        #expect(HTMLEscaping.escape(#"<a href="x">'&'</a>"#) == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
    }

    @Test(arguments: [("Session at a glance", "session-at-a-glance"), ("Follow-up questions", "follow-up-questions"), ("a1\" onclick", "a1-onclick")])
    func sectionAnchorsAreSlugs(heading: String, expected: String) {
        #expect(Anchor.section(heading) == expected)
    }

    @Test func argumentAnchorsKeepOnlySafeCharacters() {
        #expect(Anchor.argument(#"a1" onclick="x"#) == "arg-a1__onclick__x")
    }
}
