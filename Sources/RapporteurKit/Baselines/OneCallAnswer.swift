/// The one-call baseline's answer: the whole report as one JSON object, with no citations.
///
/// Property names sort into the order the schema lists them (see ``Schema``).
struct OneCallAnswer: Codable, Hashable {
    /// A major discussion point.
    struct KeyPoint: Codable, Hashable {
        var description: String
        var title: String
    }

    /// One argument of one speaker.
    struct SpeakerArgument: Codable, Hashable {
        var claim: String
        var explanation: String
        var speaker: String
    }

    /// An agreed action.
    struct ActionItem: Codable, Hashable {
        var owner: String?
        var text: String
    }

    var actionItems: [ActionItem]
    var arguments: [SpeakerArgument]
    var decisions: [String]
    var keyPoints: [KeyPoint]
    var summary: [String]
    var unresolved: [String]

    /// Most arguments per speaker the prompt asks for.
    static let argumentsPerSpeaker = 3
    /// Most arguments in one answer, whatever the number of speakers.
    static let maxArguments = 30

    /// The answer's schema.
    ///
    /// - Parameter speakers: The speaker names arguments and owners are chosen from.
    /// - Returns: The schema.
    static func schema(speakers: [String]) -> JSONValue {
        let speaker = speakers.isEmpty ? Schema.string : Schema.oneOf(speakers)
        let owner = speakers.isEmpty ? Schema.string : Schema.oneOfOrNull(speakers)
        let argument = Schema.object(["claim": Schema.string, "explanation": Schema.string, "speaker": speaker])
        let maxArguments = min(maxArguments, max(1, speakers.count) * argumentsPerSpeaker)
        return Schema.object([
            "actionItems": Schema.array(Schema.object(["owner": owner, "text": Schema.string]), maxItems: 8),
            "arguments": Schema.array(argument, maxItems: maxArguments),
            "decisions": Schema.array(Schema.string, maxItems: 8),
            "keyPoints": Schema.array(Schema.object(["description": Schema.string, "title": Schema.string]), minItems: 1, maxItems: 6),
            "summary": Schema.array(Schema.string, minItems: 1, maxItems: 3),
            "unresolved": Schema.array(Schema.string, maxItems: 5),
        ])
    }
}
