/// The answers of the reduce stage's calls, with their schemas.
enum ReduceReplies {
    /// A speaker's chunk arguments grouped into their arguments, by note IDs only: an argument takes the wording
    /// of its first note, which was verified when it was extracted, so merging writes no new prose.
    struct Merge: Codable {
        var arguments: [Item]

        struct Item: Codable, Hashable {
            var basedOn: [String]
            var topics: [String]
        }

        static func schema(noteIDs: [String], topics: [String], maxArguments: Int) -> JSONValue {
            let item = Schema.object([
                "basedOn": Schema.array(Schema.oneOf(noteIDs), minItems: 1, maxItems: noteIDs.count),
                "topics": Schema.array(Schema.oneOf(topics), minItems: 1, maxItems: 2),
            ])
            return Schema.object(["arguments": Schema.array(item, minItems: 1, maxItems: maxArguments)])
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
