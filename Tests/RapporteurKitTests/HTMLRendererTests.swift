import Foundation
import RapporteurKit
import RapporteurTesting
import Testing

@Suite struct HTMLRendererTests {
    private func report(_ fixture: String) -> Report {
        fixture == "full" ? FixtureReport.full() : FixtureReport.hostile()
    }

    /// Every tag of a page; escaped text cannot contain `<`, so every `<…>` is a real tag.
    private func tags(_ html: String) throws -> [String] {
        let regex = try NSRegularExpression(pattern: #"<[^>]*>"#)
        return regex.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap { Range($0.range, in: html).map { String(html[$0]) } }
    }

    private func attributes(_ name: String, in html: String) throws -> [String] {
        let regex = try NSRegularExpression(pattern: #"\s\#(name)="([^"]*)""#)
        return try tags(html).flatMap { tag in
            regex.matches(in: tag, range: NSRange(tag.startIndex..., in: tag)).compactMap { Range($0.range(at: 1), in: tag).map { String(tag[$0]) } }
        }
    }

    @Test func hostileStringsAreEscapedEverywhere() {
        let html = HTMLRenderer().render(FixtureReport.hostile())
        #expect(html.contains("<h3 id=\"speaker-1\">&lt;script&gt;alert(1)&lt;/script&gt;</h3>"))
        #expect(
            html.contains(
                "<p>She said &quot;5 &lt; 6 &amp; 7 &gt; 2&quot; isn&#39;t &#39;true&#39;. <span class=\"cites\"><a href=\"#s1\">[1]</a></span></p>"
            )
        )
        #expect(html.contains("<title>Budget &lt;b&gt;&amp;&lt;/b&gt; &quot;Oversight&quot; – &#39;Q&amp;A&#39;</title>"))
        #expect(html.contains("<dt>Explanation</dt><dd>&lt;/dd&gt;&lt;script&gt;alert(4)&lt;/script&gt; &#39;quoted&#39; &amp; &quot;double&quot;"))
        #expect(html.contains("<text x=\"196\" y=\"19\" text-anchor=\"end\">&lt;script&gt;alert(1)&lt;/script&gt;</text>"))
    }

    @Test(arguments: ["full", "hostile"])
    func pageHasNoScriptAndNoExternalResource(fixture: String) throws {
        let html = HTMLRenderer().render(report(fixture))
        let names = try tags(html).map { $0.dropFirst().prefix { $0.isLetter || $0.isNumber || $0 == "/" || $0 == "!" }.lowercased() }
        #expect(!html.lowercased().contains("<script"))
        #expect(Set(names).isDisjoint(with: ["script", "img", "iframe", "link", "object", "embed", "base", "form"]))
        #expect(try attributes("src", in: html) == [])
        #expect(try attributes("href", in: html).allSatisfy { $0.hasPrefix("#") })
        #expect(!html.contains("url("))
        #expect(!html.contains("@import"))
        #expect(try tags(html).filter { $0.range(of: #"\son[a-z]+="#, options: [.regularExpression, .caseInsensitive]) != nil } == [])
    }

    @Test(arguments: ["full", "hostile"])
    func everyLinkPointsToAnElementOfThePage(fixture: String) throws {
        let html = HTMLRenderer().render(report(fixture))
        let targets = Set(try attributes("href", in: html).map { String($0.dropFirst()) })
        let ids = try attributes("id", in: html)
        #expect(ids.count == Set(ids).count, "duplicate ids")
        #expect(targets.subtracting(ids) == [])
    }

    @Test func citationsLinkToAppendixItems() {
        let html = HTMLRenderer().render(FixtureReport.full())
        #expect(html.contains(##"<span class="cites"><a href="#s9">[9]</a><a href="#s14">[14-15]</a><a href="#s17">[17-18]</a></span>"##))
        #expect(
            html.contains(##"<li id="s11"><span class="sid">[11]</span> <span class="who">Lucas Ferreira:</span> It matches, with one caveat.</li>"##)
        )
        #expect(
            html.contains(
                ##"<li id="s4"><span class="sid">[4]</span> <span class="time">00:00:34</span> <span class="who">Amina Diallo:</span> Thank you, Chair.</li>"##
            )
        )
    }

    @Test func talkTimeChartFallsBackToWordsWhenASpeakerIsUntimed() {
        let html = HTMLRenderer().render(FixtureReport.full())
        #expect(html.contains("<figcaption>Talk per speaker, in words; speech time is not available for Lucas Ferreira</figcaption>"))
        #expect(html.contains("<title>Lucas Ferreira: 87 words (26.4%)</title>"))
    }

    @Test func talkTimeChartShowsSecondsWhenEverySpeakerIsTimed() {
        var report = FixtureReport.full()
        report.speakers = report.speakers.map { speaker in
            var speaker = speaker
            speaker.statistics.speechSeconds = speaker.statistics.speechSeconds ?? 40
            speaker.statistics.timeShare = nil
            return speaker
        }
        let html = HTMLRenderer().render(report)
        #expect(html.contains("<figcaption>Talk time per speaker, in seconds of speech</figcaption>"))
        // 59, 54 and 40 seconds: shares of 153 seconds, and bars proportional to the longest.
        #expect(html.contains("<title>Moderator: 59 seconds (38.6%)</title>"))
        #expect(
            html.contains(
                ##"<title>Lucas Ferreira: 40 seconds (26.1%)</title><text x="196" y="75" text-anchor="end">Lucas Ferreira</text><rect class="bar" x="204" y="62" width="223.7""##
            )
        )
    }

    @Test func topicChartCountsEachArgumentOncePerBasket() {
        var report = FixtureReport.hostile()
        let development = [TopicRef(basket: "Development", topic: "access"), TopicRef(basket: "Development", topic: "e-waste")]
        report.speakers[0].arguments[0].topics = development
        report.speakers[1].arguments = [
            Argument(
                id: "b1",
                speaker: "O'Brien & <Sons>",
                claim: "c",
                explanation: CitedText("e"),
                topics: development + [TopicRef(basket: "Economic", topic: "taxation")],
                citations: [4]
            )
        ]
        let html = HTMLRenderer().render(report)
        #expect(html.contains("<title>Development: 2 of 2 arguments (100.0%)</title>"))
        #expect(html.contains("<title>Economic: 1 of 2 arguments (50.0%)</title>"))
    }

    @Test func pageIsOneDocumentWithInlineStyleAndTwoCharts() {
        let html = HTMLRenderer().render(FixtureReport.full())
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.hasSuffix("</html>\n"))
        #expect(html.components(separatedBy: "<style>").count == 2)
        #expect(html.components(separatedBy: "<svg ").count == 3)
        #expect(html.contains("Content-Security-Policy"))
    }

    @Test func emptySectionsStayVisible() {
        let html = HTMLRenderer().render(FixtureReport.hostile())
        #expect(html.contains("<h3>Agreement points</h3>\n<p class=\"none\">None identified.</p>"))
        #expect(html.contains("<h2 id=\"follow-up-questions\">Follow-up questions</h2>\n<h4>Is 5 &lt; 6 &amp; &quot;so&quot;?"))
    }
}
