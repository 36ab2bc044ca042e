import Testing

@testable import RapporteurKit

@Suite struct CappedTextTests {
    @Test(arguments: [
        // Shorter than the cap: unchanged, even without a full stop.
        ("Schools reopen in June", 40, "Schools reopen in June"),
        // At the cap, mid-sentence: the complete sentences stay.
        ("Hubs stay open. Testing is key. The minister sa", 47, "Hubs stay open. Testing is key."),
        // An abbreviation is not a sentence end.
        ("Principle No. 3 builds trust. The committee also agr", 52, "Principle No. 3 builds trust."),
        // At the cap with no complete sentence: whole words and an ellipsis.
        ("All four speakers agree that the chair will temporar", 52, "All four speakers agree that the chair will…"),
        // At the cap and ending a sentence (also inside a closing quote): kept whole.
        ("They said \"no.\"", 15, "They said \"no.\""),
    ])
    func textAtItsCapIsTidied(text: String, cap: Int, expected: String) {
        #expect(CappedText.tidy(text, maxLength: cap) == expected)
    }

    @Test func onlyStringsWithACapInTheSchemaAreTouched() {
        let schema = Schema.object([
            "free": Schema.string,
            "capped": Schema.text(maxLength: 10),
            "list": Schema.array(Schema.text(maxLength: 10), maxItems: 3),
        ])
        let reply: [String: Any] = ["free": "A long free text without end", "capped": "One. Two t", "list": ["Short", "Three four"]]
        var changed = false
        let tidied = CappedText.tidy(reply, schema: schema, changed: &changed) as? [String: Any]
        #expect(changed)
        #expect(tidied?["free"] as? String == "A long free text without end")
        #expect(tidied?["capped"] as? String == "One.")
        #expect(tidied?["list"] as? [String] == ["Short", "Three…"])
    }
}
