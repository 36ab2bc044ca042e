import Testing

@testable import RapporteurKit

/// The UTF-8 byte scanners that replaced Character and Foundation loops in the readers and escapers keep the old
/// results: the same white space and line breaks, the same escapes, and escapes before combining marks too.
@Suite struct ByteScanningTests {
    @Test(arguments: [
        ("  a \t b\n\u{00A0}c\u{3000}d\u{2028}e\u{202F}f\u{0085}g  ", "a b c d e f g"),
        ("\u{2009}\u{200A}x\u{1680}y\u{205F}", "x y"),
        ("no\u{200B}break", "no\u{200B}break"),
        ("é\u{301} ü  ✓", "é\u{301} ü ✓"),
        ("", ""),
        (" \r\n\t ", ""),
    ])
    func collapsingWhiteSpaceMatchesCharacterWhiteSpace(text: String, expected: String) {
        #expect(text.collapsingWhiteSpace() == expected)
        let byCharacters = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.collapsingWhiteSpace() == byCharacters)
    }

    @Test func linesEndAtEveryKindOfLineBreakAndKeepNumbers() {
        let lines = NumberedLine.lines(of: "a\r\nb\rc\n\nd\n")
        #expect(lines.map(\.text) == ["a", "b", "c", "", "d"])
        #expect(lines.map(\.number) == [1, 2, 3, 4, 5])
        #expect(NumberedLine.lines(of: "").isEmpty)
        #expect(NumberedLine.lines(of: "x").map(\.text) == ["x"])
    }

    @Test func htmlEscapingReturnsPlainTextUnchangedAndEscapesEverySpecial() {
        #expect(HTMLEscaping.escape("Plain – text, “quoted” ✓") == "Plain – text, “quoted” ✓")
        #expect(HTMLEscaping.escape(#"<a href="x">'&'</a>"#) == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
    }

    @Test func htmlEscapingEscapesASpecialFollowedByACombiningMark() {
        #expect(HTMLEscaping.escape("\"\u{301} onmouseover=x") == "&quot;\u{301} onmouseover=x")
        #expect(HTMLEscaping.escape("<\u{338}") == "&lt;\u{338}")
    }

    @Test func markdownEscapingTurnsEachLineBreakIntoOneSpace() {
        #expect(MarkdownEscaping.escape("a\r\nb\nc\u{2028}d\u{0085}e", atLineStart: false) == "a b c d e")
        #expect(MarkdownEscaping.escape("“typographic” – text", atLineStart: false) == "“typographic” – text")
    }

    @Test func markdownEscapingEscapesSpecialsAndLineStarts() {
        #expect(MarkdownEscaping.escape("*a* _b_ [c] `d` <e> ~f~ \\", atLineStart: false) == #"\*a\* \_b\_ \[c\] \`d\` \<e> \~f\~ \\"#)
        #expect(MarkdownEscaping.escape("*\u{301}bold*") == "\\*\u{301}bold\\*")
        #expect(MarkdownEscaping.escape(">\u{301} quote") == "\\>\u{301} quote")
        #expect(MarkdownEscaping.escape("  # heading") == "\\# heading")
    }
}
