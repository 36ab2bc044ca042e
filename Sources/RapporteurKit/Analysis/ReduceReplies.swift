/// The answers of the reduce stage's calls, with their schemas.
enum ReduceReplies {
    /// The choice that means "no topic of the taxonomy fits": a meeting on school hubs has no digital-policy topic,
    /// and a closed list without it would force a wrong one.
    static let noTopic = "none of these"

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
                "topics": Schema.array(Schema.oneOf(topics + [ReduceReplies.noTopic]), minItems: 1, maxItems: 2),
            ])
            return Schema.object(["arguments": Schema.array(item, minItems: 1, maxItems: maxArguments)])
        }
    }

    /// Topics for arguments that needed no merging: an object with one required property per argument, so a
    /// constrained model cannot skip one.
    struct Topics: Codable {
        var topicsOf: [String: [String]]

        static func schema(argumentIDs: [String], topics: [String]) -> JSONValue {
            let list = Schema.array(Schema.oneOf(topics + [ReduceReplies.noTopic]), minItems: 1, maxItems: 2)
            return Schema.object(["topicsOf": Schema.object(Dictionary(uniqueKeysWithValues: argumentIDs.map { ($0, list) }))])
        }
    }
}
