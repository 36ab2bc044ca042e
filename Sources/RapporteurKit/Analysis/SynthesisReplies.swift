/// The answers of the synthesis calls, with their schemas. Every text cites note IDs from a closed `enum`; the
/// pipeline maps them to the sentence IDs the notes rest on.
enum SynthesisReplies {
    /// A text and the notes it rests on.
    struct Cited: Codable, Hashable {
        var notes: [String]
        var text: String
    }

    /// A cited text: by default one or two sentences, or `Schema.paragraph` for paragraphs.
    static func cited(_ ids: [String], text: JSONValue = Schema.sentence) -> JSONValue {
        Schema.object(["notes": Schema.array(Schema.oneOf(ids), minItems: 1, maxItems: 6), "text": text])
    }

    static func list(_ ids: [String], text: JSONValue = Schema.sentence, minItems: Int = 0, maxItems: Int) -> JSONValue {
        Schema.array(cited(ids, text: text), minItems: minItems, maxItems: maxItems)
    }

    struct Overview: Codable {
        var purpose: Cited
        var summary: [Cited]
        var tone: Cited

        static func schema(_ ids: [String]) -> JSONValue {
            Schema.object(["purpose": cited(ids), "summary": list(ids, text: Schema.paragraph, minItems: 1, maxItems: 3), "tone": cited(ids)])
        }
    }

    struct Takeaways: Codable {
        var compromises: [Cited]
        var takeaways: [Cited]

        static func schema(_ ids: [String]) -> JSONValue {
            Schema.object(["compromises": list(ids, maxItems: 3), "takeaways": list(ids, minItems: 1, maxItems: 5)])
        }
    }

    struct UnresolvedIssues: Codable {
        var issues: [Cited]

        static func schema(_ ids: [String]) -> JSONValue {
            Schema.object(["issues": list(ids, maxItems: 5)])
        }
    }

    /// A consensus or disagreement level with what it implies.
    struct Level: Codable, Hashable {
        var level: String
        var notes: [String]
        var text: String

        static let levels = ["High", "Moderate", "Low"]

        static func schema(_ ids: [String]) -> JSONValue {
            Schema.object([
                "level": Schema.oneOf(levels),
                "notes": Schema.array(Schema.oneOf(ids), minItems: 1, maxItems: 6),
                "text": Schema.sentence,
            ])
        }
    }

    struct Assessment: Codable {
        var consensus: Level
        var disagreement: Level
        var similar: [Cited]
        var unexpectedConsensus: [Cited]
        var unexpectedDifferences: [Cited]

        static func schema(_ ids: [String]) -> JSONValue {
            Schema.object([
                "consensus": Level.schema(ids), "disagreement": Level.schema(ids), "similar": list(ids, maxItems: 3),
                "unexpectedConsensus": list(ids, maxItems: 2), "unexpectedDifferences": list(ids, maxItems: 2),
            ])
        }
    }

    struct Question: Codable, Hashable {
        var explanation: String
        var notes: [String]
        var question: String
        var speaker: String?

        static func schema(_ ids: [String], speakers: [String]) -> JSONValue {
            Schema.object([
                "explanation": Schema.sentence,
                "notes": Schema.array(Schema.oneOf(ids), minItems: 1, maxItems: 6),
                "question": Schema.sentence,
                "speaker": Schema.oneOfOrNull(speakers),
            ])
        }
    }

    struct FollowUps: Codable {
        var questions: [Question]

        static func schema(_ ids: [String], speakers: [String]) -> JSONValue {
            Schema.object(["questions": Schema.array(Question.schema(ids, speakers: speakers), maxItems: 5)])
        }
    }

    /// Reason and impact for every selected quote (one required property per quote ID), then an overall
    /// assessment.
    struct ThoughtProvoking: Codable {
        var commentsOf: [String: Comment]
        var overall: Cited

        struct Comment: Codable, Hashable {
            var impact: String
            var reason: String
        }

        static let commentSchema = Schema.object(["impact": Schema.sentence, "reason": Schema.sentence])

        static func schema(_ ids: [String], quoteIDs: [String]) -> JSONValue {
            Schema.object([
                "commentsOf": Schema.object(Dictionary(uniqueKeysWithValues: quoteIDs.map { ($0, commentSchema) })),
                "overall": cited(ids),
            ])
        }
    }

    struct Section: Codable, Hashable {
        var heading: String
        var paragraphs: [Cited]
    }

    struct NarrativeSections: Codable {
        var sections: [Section]

        static func schema(_ ids: [String]) -> JSONValue {
            let section = Schema.object(["heading": Schema.label, "paragraphs": list(ids, text: Schema.paragraph, minItems: 1, maxItems: 2)])
            return Schema.object(["sections": Schema.array(section, minItems: 2, maxItems: 5)])
        }
    }

    struct NarrativeFrame: Codable {
        var conclusion: Cited
        var executiveSummary: [Cited]

        static func schema(_ ids: [String]) -> JSONValue {
            Schema.object([
                "conclusion": cited(ids, text: Schema.paragraph), "executiveSummary": list(ids, text: Schema.paragraph, minItems: 1, maxItems: 2),
            ])
        }
    }
}
