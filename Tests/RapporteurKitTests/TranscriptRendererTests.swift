import Foundation
import RapporteurKit
import RapporteurTesting
import Testing

@Suite struct TranscriptRendererTests {
    @Test func textIsOneLinePerSentenceWithIDTimeAndSpeaker() {
        let transcript = FixtureReport.transcript()
        let lines = TranscriptRenderer.render(transcript, as: .text).split(separator: "\n").map(String.init)
        #expect(lines.count == transcript.sentences.count)
        #expect(
            lines[0] == "[1] 00:00:12 Moderator: Good morning and welcome to this open forum on meaningful connectivity after the WSIS+20 review."
        )
        #expect(lines[10] == "[11] Lucas Ferreira: It matches, with one caveat.")
    }

    @Test func jsonHasSourceFormatSpeakersAndSentencesWithOptionalTimes() throws {
        let json = TranscriptRenderer.render(FixtureReport.transcript(), as: .json)
        let value = try JSONDecoder().decode(JSONValue.self, from: Data(json.utf8))
        guard case .object(let members) = value, case .array(let sentences)? = members["sentences"] else {
            Issue.record("not an object with sentences")
            return
        }
        #expect(Set(members.keys) == ["source", "format", "speakers", "sentences", "diagnostics"])
        #expect(members["source"] == .string("open-forum-42.txt"))
        #expect(members["format"] == .string("plain"))
        #expect(sentences.count == 25)
        #expect(
            sentences[0]
                == .object([
                    "id": .number(1), "speaker": .string("Moderator"),
                    "text": .string("Good morning and welcome to this open forum on meaningful connectivity after the WSIS+20 review."),
                    "turn": .number(0), "start": .number(12), "end": .number(33),
                ])
        )
        #expect(
            sentences[10]
                == .object([
                    "id": .number(11), "speaker": .string("Lucas Ferreira"), "text": .string("It matches, with one caveat."), "turn": .number(3),
                ])
        )
    }

    @Test func jsonSentencesDecodeBackIntoTheTranscriptsSentences() throws {
        struct Document: Decodable { var sentences: [Sentence] }
        let transcript = FixtureReport.transcript()
        let document = try JSONDecoder().decode(Document.self, from: Data(TranscriptRenderer.render(transcript, as: .json).utf8))
        #expect(document.sentences == transcript.sentences)
    }

    @Test func markdownAnchorsEverySentence() {
        let markdown = TranscriptRenderer.render(FixtureReport.transcript(), as: .markdown)
        #expect(markdown.hasPrefix("# Transcript: open-forum-42.txt\n\nFormat plain, 25 sentences, 8 turns, 3 speakers, not fully timed\n"))
        for id in 1...25 { #expect(markdown.contains("\n- <a id=\"s\(id)\"></a>[\(id)] ")) }
    }

    @Test func htmlIsASelfContainedPageWithEscapedText() {
        let html = TranscriptRenderer.render(FixtureReport.hostileTranscript(), as: .html)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(html.contains("<h1>Transcript: &lt;evil&gt;.txt</h1>"))
        #expect(
            html.contains(
                #"<li id="s1"><span class="sid">[1]</span> <span class="time">00:00:05</span> <span class="who">&lt;script&gt;alert(1)&lt;/script&gt;:</span> She said &quot;5 &lt; 6 &amp; 7 &gt; 2&quot; isn&#39;t &#39;true&#39;.</li>"#
            )
        )
        #expect(html.contains("<li>warning: label &lt;b&gt;FLOOR&lt;/b&gt; &amp; &quot;unknown&quot; (&lt;evil&gt;.txt:3)</li>"))
    }

    @Test(arguments: ReportFormat.allCases)
    func emptyTranscriptStillRendersADocument(format: ReportFormat) {
        let empty = Transcript(source: "empty.txt", format: .plain, turns: [], speakers: [])
        let output = TranscriptRenderer.render(empty, as: format)
        #expect(format == .text ? output.isEmpty : output.hasSuffix("\n"))
    }
}
