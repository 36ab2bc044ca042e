import RapporteurKit

/// The one-call baseline's answer: the whole report as one JSON object, with no citations.
///
/// Property names sort into the order the schema lists them (see ``AnswerSchema``).
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
        let speaker = speakers.isEmpty ? AnswerSchema.string : AnswerSchema.oneOf(speakers)
        let owner = speakers.isEmpty ? AnswerSchema.string : AnswerSchema.oneOfOrNull(speakers)
        let argument = AnswerSchema.object(["claim": AnswerSchema.string, "explanation": AnswerSchema.string, "speaker": speaker])
        let keyPoint = AnswerSchema.object(["description": AnswerSchema.string, "title": AnswerSchema.string])
        let maxArguments = min(maxArguments, max(1, speakers.count) * argumentsPerSpeaker)
        return AnswerSchema.object([
            "actionItems": AnswerSchema.array(AnswerSchema.object(["owner": owner, "text": AnswerSchema.string]), maxItems: 8),
            "arguments": AnswerSchema.array(argument, maxItems: maxArguments),
            "decisions": AnswerSchema.array(AnswerSchema.string, maxItems: 8),
            "keyPoints": AnswerSchema.array(keyPoint, minItems: 1, maxItems: 6),
            "summary": AnswerSchema.array(AnswerSchema.string, minItems: 1, maxItems: 3),
            "unresolved": AnswerSchema.array(AnswerSchema.string, maxItems: 5),
        ])
    }
}
