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
        // A token short of the cap (the grammar had no token that fitted): cut all the same.
        (
            "Arguments about Designing Technologies with Certain Values in Mind and Giving P", 80,
            "Arguments about Designing Technologies with Certain Values in Mind and Giving…"
        ),
        // Further from the cap than a token: a complete text, left as it is.
        ("Testing in the hubs", 80, "Testing in the hubs"),
        // At the cap and ending a sentence (also inside a closing quote): kept whole.
        ("They said \"no.\"", 15, "They said \"no.\""),
        // A paragraph that stops mid-sentence far from its cap (a cut sentence copied in): its complete sentences.
        (
            "The session was about standards. The discussion was focused on the importance of standards in translating the", 700,
            "The session was about standards."
        ),
        // A finished paragraph far from its cap: left as it is.
        ("The session was about standards. Speakers agreed on dignity.", 700, "The session was about standards. Speakers agreed on dignity."),
    ])
    func textAtItsCapIsTidied(text: String, cap: Int, expected: String) {
        #expect(CappedText.tidy(text, maxLength: cap) == expected)
    }

    @Test func onlyStringsWithACapInTheSchemaAreTouched() {
        let schema = Schema.object([
            "free": Schema.string,
            "capped": Schema.text(maxLength: 30),
            "list": Schema.array(Schema.text(maxLength: 30), maxItems: 3),
        ])
        let reply: [String: Any] = [
            "free": "A long free text without end", "capped": "One sentence here. Two words t", "list": ["Short", "Three four five six seven eigh"],
        ]
        var changed = false
        let tidied = CappedText.tidy(reply, schema: schema, changed: &changed) as? [String: Any]
        #expect(changed)
        #expect(tidied?["free"] as? String == "A long free text without end")
        #expect(tidied?["capped"] as? String == "One sentence here.")
        #expect(tidied?["list"] as? [String] == ["Short", "Three four five six seven…"])
    }
}
