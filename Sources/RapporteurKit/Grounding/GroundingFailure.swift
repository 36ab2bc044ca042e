/// Why a generated item is not grounded in the transcript, phrased so it can be shown to people and to a model.
public struct GroundingFailure: Sendable, Hashable, CustomStringConvertible {
    /// The rule an item broke.
    public enum Kind: Sendable, Hashable {
        /// The item cites no sentence at all.
        case noCitations
        /// A cited sentence ID does not exist in the transcript.
        case unknownSentence(Int)
        /// An item attributed to `expected` cites a sentence spoken by `actual`.
        case wrongSpeaker(sentence: Int, expected: String, actual: String)
        /// A quote is not found verbatim in the cited sentences.
        case quoteNotVerbatim(String)
        /// A number in the generated text does not occur in the cited sentences.
        case numberNotCited(String)
        /// A speaker named by the item does not speak in the transcript.
        case unknownSpeaker(String)
        /// A speaker listed on a shared item (an agreement) has no cited sentence.
        case speakerNotCited(String)
        /// A role found in the transcript is not supported by the cited sentences.
        case roleNotInSentences(String)
    }

    /// The rule that was broken.
    public var kind: Kind
    /// The item, for people, e.g. `argument a3` or `summary paragraph 2`.
    public var item: String
    /// The sentence IDs the item cited.
    public var citations: [Int]

    /// Creates a failure.
    public init(kind: Kind, item: String, citations: [Int]) {
        self.kind = kind
        self.item = item
        self.citations = citations
    }

    /// `item: instruction`.
    public var description: String { "\(item): \(instruction)" }

    /// What is wrong and how to fix it, in terms of sentence IDs, without the item name.
    public var instruction: String { instruction(citing: "sentences \(Self.list(citations))", unit: "sentence") }

    /// What is wrong and how to fix it, naming the cited things in the caller's own terms.
    ///
    /// The pipeline uses this to speak of notes (`[a1, a4]`) to a model that cited notes rather than sentences.
    ///
    /// - Parameters:
    ///   - cited: How the cited things are named, e.g. `sentences [12, 13]` or `notes [a1, a4]`.
    ///   - unit: The singular noun for one cited thing, e.g. `sentence` or `note`.
    /// - Returns: One sentence naming the failure and the fix.
    public func instruction(citing cited: String, unit: String) -> String {
        switch kind {
        case .noCitations:
            "it cites no \(unit); cite the \(unit)s it rests on"
        case .unknownSentence(let id):
            "sentence [\(id)] does not exist; cite only numbered sentences that are shown"
        case .wrongSpeaker(let sentence, let expected, let actual):
            "it is attributed to \(expected) but sentence [\(sentence)] was said by \(actual); cite only \(expected)'s \(unit)s"
        case .quoteNotVerbatim(let quote):
            "the quote \"\(quote)\" does not occur word for word in \(cited); quote the exact words"
        case .numberNotCited(let number):
            "the number \(number) does not occur in \(cited); rewrite without it or cite the \(unit) that has it"
        case .unknownSpeaker(let name):
            "\(name) is not a speaker of this session; name only speakers who spoke"
        case .speakerNotCited(let name):
            "\(name) is listed but none of \(cited) is theirs; cite each listed speaker or leave them out"
        case .roleNotInSentences(let role):
            "the role \"\(role)\" is not stated in \(cited); give only a role the transcript states"
        }
    }

    /// Formats IDs as `[12, 13]`.
    static func list(_ ids: [Int]) -> String { "[" + ids.map(String.init).joined(separator: ", ") + "]" }
}
