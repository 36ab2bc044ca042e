import Foundation
import RapporteurKit
import Testing

@Suite struct TaxonomyTests {
    @Test func bundledDiploTaxonomyHasSevenBasketsAndAllTopics() {
        let taxonomy = Taxonomy.diplo
        #expect(
            taxonomy.baskets.map(\.name) == [
                "Infrastructure", "Cybersecurity", "Human rights", "Legal and regulatory", "Economic", "Development", "Sociocultural",
            ]
        )
        #expect(taxonomy.baskets.reduce(0) { $0 + $1.topics.count } == 48)
    }

    @Test(arguments: [
        ("Privacy and data protection", "Human rights"),
        ("  e-waste ", "Development"),
        ("artificial intelligence", "Infrastructure"),
    ])
    func findsTopicIgnoringCase(topic: String, basket: String) {
        #expect(Taxonomy.diplo.reference(for: topic)?.basket == basket)
    }

    @Test func unknownTopicHasNoReference() {
        #expect(Taxonomy.diplo.reference(for: "weather") == nil)
    }

    @Test(arguments: [
        ("{}", "not a taxonomy file"),
        (#"{"id":"x","name":"x","version":"1","baskets":[]}"#, "taxonomy has no baskets"),
        (#"{"id":"x","name":"x","version":"1","baskets":[{"name":"A","topics":[]}]}"#, "basket \"A\" has no topics"),
        (#"{"id":"x","name":"x","version":"1","baskets":[{"name":"A","topics":["t"]},{"name":"B","topics":["T"]}]}"#, "topic \"T\" appears twice"),
    ])
    func rejectsBadTaxonomyFiles(json: String, reason: String) {
        #expect {
            try Taxonomy.decode(Data(json.utf8), name: "t.json")
        } throws: { error in
            String(describing: error).hasPrefix("t.json: \(reason)")
        }
    }
}
