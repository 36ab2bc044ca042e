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

    /// Topics for arguments that needed no merging: an object with one required property per argument, so a
    /// constrained model cannot skip one.
    struct Topics: Codable {
        var topicsOf: [String: [String]]

        static func schema(argumentIDs: [String], topics: [String]) -> JSONValue {
            let list = Schema.array(Schema.oneOf(topics), minItems: 1, maxItems: 2)
            return Schema.object(["topicsOf": Schema.object(Dictionary(uniqueKeysWithValues: argumentIDs.map { ($0, list) }))])
        }
    }
}
