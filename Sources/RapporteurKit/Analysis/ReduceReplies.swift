/// The answers of the reduce stage's calls, with their schemas.
enum ReduceReplies {
    /// A speaker's chunk arguments merged into their arguments.
    struct Merge: Codable {
        var arguments: [Item]

        struct Item: Codable, Hashable {
            var basedOn: [String]
            var claim: String
            var explanation: String
            var topics: [String]
        }

        static func itemSchema(noteIDs: [String], topics: [String]) -> JSONValue {
            Schema.object([
                "basedOn": Schema.array(Schema.oneOf(noteIDs), minItems: 1, maxItems: noteIDs.count),
                "claim": Schema.string,
                "explanation": Schema.string,
                "topics": Schema.array(Schema.oneOf(topics), minItems: 1, maxItems: 2),
            ])
        }

        static func schema(noteIDs: [String], topics: [String], maxArguments: Int) -> JSONValue {
            Schema.object(["arguments": Schema.array(itemSchema(noteIDs: noteIDs, topics: topics), minItems: 1, maxItems: maxArguments)])
        }
    }

    /// Topics for arguments that needed no merging.
    struct Topics: Codable {
        var items: [Item]

        struct Item: Codable, Hashable {
            var argument: String
            var topics: [String]
        }

        static func schema(argumentIDs: [String], topics: [String]) -> JSONValue {
            let item = Schema.object([
                "argument": Schema.oneOf(argumentIDs),
                "topics": Schema.array(Schema.oneOf(topics), minItems: 1, maxItems: 2),
            ])
            return Schema.object(["items": Schema.array(item, maxItems: argumentIDs.count)])
        }
    }
}
