import RapporteurKit

/// An independent check of a report's grounding: citations, quotes and numbers against the report's own transcript.
public struct GroundingCheck: Sendable, Hashable, Codable {
    /// Generated items checked (summary paragraphs, key points, arguments, stances, agreement points, takeaways,
    /// comments, questions, narrative paragraphs …).
    public var items: Int
    /// Items that cite at least one sentence.
    public var itemsWithCitations: Int
    /// Items whose citations all exist in the transcript and, for speaker-bound items (arguments, stances,
    /// thought-provoking comments), are all that speaker's sentences.
    public var itemsWithValidCitations: Int
    /// Quotes checked: every comment's `quote`, and every passage of three or more words in quotation marks inside
    /// generated text.
    public var quotes: Int
    /// Quotes found verbatim in their item's cited sentences.
    public var quotesVerbatim: Int
    /// Number tokens in generated text (digits, with decimal point, thousands separators or a percent sign).
    public var numbers: Int
    /// Number tokens whose value occurs in the item's cited sentences, written in digits or words.
    public var numbersSupported: Int
    /// Per section, the items the evaluation's own support test passes (``SupportShare``); quotes left out.
    public var support: [SectionSupport] = []
    /// What failed, one line each, e.g. `arguments[a3]: citation 999 is not in the transcript`.
    public var failures: [String]

    /// Creates a grounding check result.
    /// - Parameters:
    ///   - items: Items checked.
    ///   - itemsWithCitations: Items with citations.
    ///   - itemsWithValidCitations: Items whose citations are all valid.
    ///   - quotes: Quotes checked.
    ///   - quotesVerbatim: Quotes found verbatim.
    ///   - numbers: Number tokens checked.
    ///   - numbersSupported: Number tokens found in the cited sentences.
    ///   - failures: What failed.
    public init(
        items: Int = 0,
        itemsWithCitations: Int = 0,
        itemsWithValidCitations: Int = 0,
        quotes: Int = 0,
        quotesVerbatim: Int = 0,
        numbers: Int = 0,
        numbersSupported: Int = 0,
        failures: [String] = []
    ) {
        self.items = items
        self.itemsWithCitations = itemsWithCitations
        self.itemsWithValidCitations = itemsWithValidCitations
        self.quotes = quotes
        self.quotesVerbatim = quotesVerbatim
        self.numbers = numbers
        self.numbersSupported = numbersSupported
        self.failures = failures
    }
}
