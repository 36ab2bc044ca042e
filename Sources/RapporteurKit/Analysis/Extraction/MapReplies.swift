/// The answers of the map stage's calls, with their schemas. IDs are closed `enum`s, so a constrained model can
/// only cite sentences of the chunk (and, for arguments, only the speaker's own).
enum MapReplies {
    /// The sentences that state a speaker's positions, chosen by ID, each with a gist.
    struct Positions: Codable {
        var positions: [Item]

        /// The keys sort `id` first, so the model chooses the sentence before it writes the gist. A key named
        /// `position` had the 1.5B model answer "proposes" for every sentence of the Senedd excerpt. The text may be
        /// longer than 15 words' worth of characters: at 120 the model's copies stopped mid-phrase ("… issues on").
        struct Item: Codable, Hashable {
            var id: Int
            var text: String
        }

        /// The most positions per speaker and chunk. Measured on education_1: three per call, of 15 words, were
        /// most of the 7,454 tokens the extract-first pipeline generated (0.67 per transcript token).
        static let maxPerCall = 2

        static func schema(ids: [Int]) -> JSONValue {
            let item = Schema.object(["id": Schema.oneOf(ids), "text": Schema.text(maxLength: 160)])
            return Schema.object(["positions": Schema.array(item, maxItems: min(maxPerCall, ids.count))])
        }
    }

    /// Which candidate sentences record a decision, an action or a proposal, chosen by ID and labelled.
    struct Commitments: Codable {
        var items: [Item]

        struct Item: Codable, Hashable {
            var id: Int
            var kind: CommitmentKind
            var text: String
        }

        static func schema(ids: [Int]) -> JSONValue {
            let item = Schema.object([
                "id": Schema.oneOf(ids),
                "kind": Schema.oneOf(CommitmentKind.allCases.map(\.rawValue)),
                "text": Schema.text(maxLength: 200),
            ])
            return Schema.object(["items": Schema.array(item, maxItems: min(4, ids.count))])
        }
    }

    struct Quotes: Codable {
        var ids: [Int]

        static func schema(ids: [Int]) -> JSONValue {
            Schema.object(["ids": Schema.array(Schema.oneOf(ids), maxItems: 2)])
        }
    }

    struct Roles: Codable {
        var roles: [Item]

        struct Item: Codable, Hashable {
            var citations: [Int]
            var name: String
            var role: String
        }

        static func itemSchema(ids: [Int], speakers: [String]) -> JSONValue {
            Schema.object([
                "citations": Schema.array(Schema.oneOf(ids), minItems: 1, maxItems: 2),
                "name": Schema.oneOf(speakers),
                "role": Schema.string,
            ])
        }

        static func schema(ids: [Int], speakers: [String]) -> JSONValue {
            Schema.object(["roles": Schema.array(itemSchema(ids: ids, speakers: speakers), maxItems: speakers.count)])
        }
    }
}
