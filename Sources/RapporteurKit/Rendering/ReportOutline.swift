/// Lays a ``Report`` out as format-independent blocks in the order and with the headings of the reference report.
///
/// Every section of the reference appears even when it is empty: it then says so ("None identified."), so a
/// reader can tell an empty section from a missing feature.
struct ReportOutline {
    /// What an empty list of items says.
    static let noneIdentified = "None identified."
    /// What a missing single item (a purpose, an assessment) says.
    static let notAvailable = "Not available."

    /// The report being laid out.
    let report: Report
    /// The blocks so far.
    private(set) var blocks: [OutlineBlock] = []

    /// Renders the report's blocks one by one and joins them for a line-oriented format: consecutive bullets on
    /// consecutive lines, every other block after a blank line.
    ///
    /// - Parameters:
    ///   - report: The report.
    ///   - render: The format's rendering of one block.
    /// - Returns: The document, ending with a newline.
    static func lines(for report: Report, rendering render: (OutlineBlock) -> String) -> String {
        var output = ""
        var previous: OutlineBlock?
        for block in blocks(for: report) {
            if let previous { output += isBullet(previous) && isBullet(block) ? "\n" : "\n\n" }
            output += render(block)
            previous = block
        }
        return output + "\n"
    }

    private static func isBullet(_ block: OutlineBlock) -> Bool {
        if case .bullet = block { return true }
        return false
    }

    /// The blocks of a whole report.
    ///
    /// - Parameter report: The report.
    /// - Returns: Its blocks, from the header to the transcript appendix.
    static func blocks(for report: Report) -> [OutlineBlock] {
        var outline = ReportOutline(report: report)
        outline.addHeader()
        outline.addAtAGlance()
        outline.addNarrative()
        outline.addSessionTranscript()
        outline.addAgreements()
        outline.addDifferences()
        outline.addTakeaways()
        outline.addThoughtProvokingComments()
        outline.addFollowUpQuestions()
        outline.addDisclaimer()
        outline.addRunMetadata()
        outline.addDiagnostics()
        outline.addTranscriptAppendix()
        return outline.blocks
    }

    // MARK: Building blocks

    /// Appends a block.
    ///
    /// - Parameter block: The block.
    mutating func append(_ block: OutlineBlock) {
        blocks.append(block)
    }

    /// Appends a heading.
    ///
    /// - Parameters:
    ///   - level: 1 for the title, 2 for a section, 3 for a subsection, 4 for an item.
    ///   - text: The heading text.
    ///   - citations: Sentence IDs, for headings that are themselves generated statements.
    ///   - anchor: The anchor other blocks link to; top-level sections get one from their text.
    mutating func heading(_ level: Int, _ text: String, citations: [Int] = [], anchor: String? = nil) {
        let anchor = anchor ?? (level == 2 ? Anchor.section(text) : nil)
        blocks.append(.heading(level: level, content: Self.inline(text, citations), anchor: anchor))
    }

    /// Appends one paragraph per statement, or a placeholder when there is none.
    ///
    /// - Parameters:
    ///   - items: The statements.
    ///   - empty: What to say when there are none.
    mutating func paragraphs(_ items: [CitedText], empty: String = noneIdentified) {
        guard !items.isEmpty else { return blocks.append(.placeholder(empty)) }
        blocks += items.map { .paragraph(Self.inline($0)) }
    }

    /// Appends one bullet per statement, or a placeholder when there is none.
    ///
    /// - Parameters:
    ///   - items: The statements.
    ///   - empty: What to say when there are none.
    mutating func bullets(_ items: [CitedText], empty: String = noneIdentified) {
        guard !items.isEmpty else { return blocks.append(.placeholder(empty)) }
        blocks += items.map { .bullet(Self.inline($0)) }
    }

    /// Appends a field (a label line and a value).
    ///
    /// - Parameters:
    ///   - label: The label, e.g. "Explanation".
    ///   - text: The value.
    ///   - citations: The sentence IDs the value rests on.
    mutating func field(_ label: String, _ text: String, citations: [Int] = []) {
        // An empty field (an argument whose claim is its sentence has no explanation) is left out, not shown bare.
        guard !text.allSatisfy(\.isWhitespace) || !citations.isEmpty else { return }
        blocks.append(.field(label: label, value: Self.inline(text, citations)))
    }

    /// Text followed by its citations.
    ///
    /// - Parameters:
    ///   - text: The text.
    ///   - citations: Sentence IDs; none adds nothing.
    /// - Returns: The inline content.
    static func inline(_ text: String, _ citations: [Int] = []) -> [OutlineInline] {
        citations.isEmpty ? [.text(text)] : [.text(text), .citations(citations)]
    }

    /// A cited statement as inline content.
    ///
    /// - Parameter cited: The statement.
    /// - Returns: Its text followed by its citations.
    static func inline(_ cited: CitedText) -> [OutlineInline] {
        inline(cited.text, cited.citations)
    }

    /// Topics as the reference shows them, `Basket | Basket`, each basket followed by its topics.
    ///
    /// - Parameter topics: The topics, in the order the report gives them.
    /// - Returns: E.g. `Development (access) | Economic (taxation, e-commerce and trade)`.
    static func topicsLine(_ topics: [TopicRef]) -> String {
        var baskets: [String] = []
        var topicsByBasket: [String: [String]] = [:]
        for topic in topics {
            if topicsByBasket[topic.basket] == nil { baskets.append(topic.basket) }
            if topicsByBasket[topic.basket, default: []].contains(topic.topic) == false {
                topicsByBasket[topic.basket, default: []].append(topic.topic)
            }
        }
        return baskets.map { basket in
            let names = topicsByBasket[basket, default: []].filter { !$0.isEmpty }
            return names.isEmpty ? basket : "\(basket) (\(names.joined(separator: ", ")))"
        }
        .joined(separator: " | ")
    }
}
