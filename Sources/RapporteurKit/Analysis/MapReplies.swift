/// The answers of the map stage's calls, with their schemas. IDs are closed `enum`s, so a constrained model can
/// only cite sentences of the chunk (and, for arguments, only the speaker's own).
enum MapReplies {
    struct Arguments: Codable {
        var arguments: [Item]

        struct Item: Codable, Hashable {
            var citations: [Int]
            var claim: String
            var evidence: [Int]
            var explanation: String
        }

        static func itemSchema(ids: [Int]) -> JSONValue {
            Schema.object([
                "citations": Schema.array(Schema.oneOf(ids), minItems: 1, maxItems: 4),
                "claim": Schema.string,
                "evidence": Schema.array(Schema.oneOf(ids), maxItems: 2),
                "explanation": Schema.string,
            ])
        }

        static func schema(ids: [Int]) -> JSONValue {
            Schema.object(["arguments": Schema.array(itemSchema(ids: ids), maxItems: 3)])
        }
    }

    struct Actions: Codable {
        var items: [Item]

        struct Item: Codable, Hashable {
            var citations: [Int]
            var owner: String?
            var text: String
        }

        static func itemSchema(ids: [Int], speakers: [String]) -> JSONValue {
            Schema.object([
                "citations": Schema.array(Schema.oneOf(ids), minItems: 1, maxItems: 3),
                "owner": Schema.oneOfOrNull(speakers),
                "text": Schema.string,
            ])
        }

        static func schema(ids: [Int], speakers: [String]) -> JSONValue {
            Schema.object(["items": Schema.array(itemSchema(ids: ids, speakers: speakers), maxItems: 4)])
        }
    }

    struct Questions: Codable {
        var questions: [Item]

        struct Item: Codable, Hashable {
            var citations: [Int]
            var question: String
        }

        static func itemSchema(ids: [Int]) -> JSONValue {
            Schema.object(["citations": Schema.array(Schema.oneOf(ids), minItems: 1, maxItems: 3), "question": Schema.string])
        }

        static func schema(ids: [Int]) -> JSONValue {
            Schema.object(["questions": Schema.array(itemSchema(ids: ids), maxItems: 3)])
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
