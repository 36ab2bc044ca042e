import Foundation
import RapporteurKit
import Testing

@Suite struct SentenceSplitterTests {
    @Test(arguments: ["", "   ", "\n\t "])
    func emptyTextHasNoSentences(text: String) {
        #expect(SentenceSplitter.split(text).isEmpty)
    }

    @Test(arguments: [
        ("Okay. Let's start. Is everyone here? Yes! Good.", ["Okay.", "Let's start.", "Is everyone here?", "Yes!", "Good."]),
        ("Thank you, Mr. Chair. I rise today.", ["Thank you, Mr. Chair.", "I rise today."]),
        ("Mrs. Smith and Dr. Jones met Prof. Lee on St. Lawrence St. today.", ["Mrs. Smith and Dr. Jones met Prof. Lee on St. Lawrence St. today."]),
        ("It is Canada vs. Mexico, e.g. Ottawa, i.e. The capital.", ["It is Canada vs. Mexico, e.g. Ottawa, i.e. The capital."]),
        ("Apples, pears, etc. are fine. Then etc. The end.", ["Apples, pears, etc. are fine.", "Then etc.", "The end."]),
        ("See No. 5 on the list. No. We disagree.", ["See No. 5 on the list.", "No.", "We disagree."]),
        ("The U.S. Government and the U.N. Security Council agree.", ["The U.S. Government and the U.N. Security Council agree."]),
        ("We went to the U.S. Then we left.", ["We went to the U.S.", "Then we left."]),
        ("J. Smith and J. A. Jones spoke. Plan B. The rest.", ["J. Smith and J. A. Jones spoke.", "Plan B.", "The rest."]),
        (
            "It grew 1.5 percent to $1,429,100. The meeting is at 3.30 p.m. today.",
            ["It grew 1.5 percent to $1,429,100.", "The meeting is at 3.30 p.m. today."]
        ),
        ("In 2019. 2020 was worse.", ["In 2019.", "2020 was worse."]),
    ])
    func splitsAtSentenceEndsOnly(text: String, expected: [String]) {
        #expect(SentenceSplitter.split(text) == expected)
    }

    @Test(arguments: [
        ("Well... I think so.", ["Well... I think so."]),
        ("Well... we think so.", ["Well... we think so."]),
        ("Well\u{2026} I'm not sure\u{2026} maybe.", ["Well\u{2026} I'm not sure\u{2026} maybe."]),
        ("That doesn't even.... The government's own report.", ["That doesn't even....", "The government's own report."]),
        ("this sort of liquidity...but some", ["this sort of liquidity...but some"]),
        ("He stopped... 5 minutes later he came back.", ["He stopped...", "5 minutes later he came back."]),
    ])
    func ellipsisEndsASentenceOnlyBeforeACapitalOtherThanI(text: String, expected: [String]) {
        #expect(SentenceSplitter.split(text) == expected)
    }

    @Test(arguments: [
        (#"He said "Stop!" and left."#, [#"He said "Stop!" and left."#]),
        (#"He said "Stop." Then he left."#, [#"He said "Stop.""#, "Then he left."]),
        ("(It was late.) We left.", ["(It was late.)", "We left."]),
        ("She asked \u{201C}why?\u{201D} Nobody knew.", ["She asked \u{201C}why?\u{201D}", "Nobody knew."]),
        ("Really?! Yes.", ["Really?!", "Yes."]),
        ("Is it? yes it is.", ["Is it? yes it is."]),
    ])
    func keepsClosingQuotesAndBracketsWithTheirSentence(text: String, expected: [String]) {
        #expect(SentenceSplitter.split(text) == expected)
    }

    @Test(arguments: [
        ("Okay. And then we", ["Okay.", "And then we"]),
        ("Okay. :)", ["Okay. :)"]),
        ("... Hello there.", ["... Hello there."]),
        ("  Yes.   No.  ", ["Yes.", "No."]),
        ("we agree. the next item. thanks", ["we agree.", "the next item.", "thanks"]),
        ("WE AGREE. MR. SMITH WILL REPORT.", ["WE AGREE.", "MR. SMITH WILL REPORT."]),
        ("Caf\u{E9}. \u{C9}cole! Na\u{EF}ve? \u{1F44D} Fin.", ["Caf\u{E9}.", "\u{C9}cole!", "Na\u{EF}ve?", "\u{1F44D} Fin."]),
    ])
    func handlesCaptionTextAndStrayPunctuation(text: String, expected: [String]) {
        #expect(SentenceSplitter.split(text) == expected)
    }

    @Test func neverCutsALongUnpunctuatedRun() {
        let run = "So " + Array(repeating: "we think that the process should continue", count: 40).joined(separator: " and ")
        #expect(SentenceSplitter.split(run) == [run])
        #expect(SentenceSplitter.split("Hello. " + run) == ["Hello.", run])
    }

    @Test(arguments: [
        "Thank you, Mr. Chair. I rise today to table e-petition 2466... It was collected by Cara. Worse, Cara's family had to wait 48 days!",
        "  (Mr. X) said: \"no.\" Then?! \u{2026} I don't know\u{2026} Really. ",
        "Okay. -- um, so... what? yes. U.S. policy; the U.N. The end",
    ])
    func sentencesAreVerbatimTrimmedSubstringsCoveringAllWords(text: String) {
        let sentences = SentenceSplitter.split(text)
        for sentence in sentences {
            #expect(text.contains(sentence))
            #expect(sentence == sentence.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        #expect(sentences.joined(separator: " ").split(separator: " ") == text.split(separator: " "))
        #expect(SentenceSplitter.split(text) == sentences)
    }
}
