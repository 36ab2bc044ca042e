/// The answer of a relation call: groups of one discussion point's arguments that agree, differ or partly agree.
struct RelationReply: Codable {
    var agreements: [Group]
    var differences: [Group]
    var partial: [Partial]

    struct Group: Codable, Hashable {
        var arguments: [String]
        var explanation: String
        var title: String
    }

    struct Partial: Codable, Hashable {
        var arguments: [String]
        var text: String
    }

    static func groupSchema(argumentIDs: [String]) -> JSONValue {
        Schema.object([
            "arguments": Schema.array(Schema.oneOf(argumentIDs), minItems: 2, maxItems: argumentIDs.count),
            "explanation": Schema.sentence,
            "title": Schema.label,
        ])
    }

    static func partialSchema(argumentIDs: [String]) -> JSONValue {
        Schema.object([
            "arguments": Schema.array(Schema.oneOf(argumentIDs), minItems: 2, maxItems: argumentIDs.count),
            "text": Schema.sentence,
        ])
    }

    static func schema(argumentIDs: [String]) -> JSONValue {
        Schema.object([
            "agreements": Schema.array(groupSchema(argumentIDs: argumentIDs), maxItems: 3),
            "differences": Schema.array(groupSchema(argumentIDs: argumentIDs), maxItems: 3),
            "partial": Schema.array(partialSchema(argumentIDs: argumentIDs), maxItems: 2),
        ])
    }
}
