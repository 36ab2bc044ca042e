/// The discussion points: the session's arguments grouped without the model (``PointGrouper``), then one call per
/// group in which the model names it (a phrase of at most 8 words) and writes its narrative paragraph, both from
/// that group's sentences only.
struct DiscussionStage: Sendable {
    /// The stage's name in progress reports and diagnostics.
    static let name = "discussion points"
    /// The most words of a point's sentences shown to the model.
    static let maxWords = 450

    /// One discussion point.
    struct Point: Sendable, Hashable {
        /// Its heading.
        var title: String
        /// The narrative paragraph on it, cited to its sentences (re-cited by the support check).
        var paragraph: CitedText
        /// Its arguments, the most central first.
        var argumentIDs: [String]
        /// The sentences its arguments cite, in order.
        var sentences: [Int]
    }

    /// The stage's output: the points, and the arguments with their point set.
    struct Outcome: Sendable, Hashable {
        var points: [Point]
        var arguments: [Argument]
        /// The arguments' vectors, in the order of `arguments`, for the relations stage's pairs.
        var vectors: TermVectors
    }

    /// The model's answer for one point.
    struct Reply: Codable, Hashable {
        var heading: String
        var paragraph: String

        static let schema = Schema.object(["heading": Schema.label, "paragraph": Schema.text(maxLength: 600)])
    }

    let context: RunContext

    /// Groups and names the points.
    ///
    /// - Parameter positions: The speakers' arguments.
    /// - Returns: The points and the arguments with their point.
    /// - Throws: ``PipelineError`` when the model is unavailable.
    func run(_ positions: SpeakerArguments) async throws -> Outcome {
        let arguments = positions.arguments
        let vectors = Self.vectors(of: arguments, context: context)
        guard !arguments.isEmpty else { return Outcome(points: [], arguments: [], vectors: vectors) }
        let groups = PointGrouper(vectors: vectors, maxPoints: context.options.maxDiscussionPoints).groups()
        let context = context
        let points = try await context.stage(Self.name, total: groups.count) { step in
            try await OrderedConcurrency.map(Array(groups.enumerated()), concurrency: context.options.concurrency) { index, members in
                defer { step() }
                return try await point(index: index, members: members, arguments: arguments, vectors: vectors)
            }
        }
        context.log.orderDiagnostics(of: Self.name)
        var titled = arguments
        for point in points {
            for index in titled.indices where point.argumentIDs.contains(titled[index].id) { titled[index].discussionPoint = point.title }
        }
        let unassigned = titled.filter { $0.discussionPoint == nil }.map(\.id)
        if !unassigned.isEmpty {
            context.log.add(
                .note,
                stage: Self.name,
                "arguments like no other and left without a discussion point: \(unassigned.joined(separator: ", "))"
            )
        }
        return Outcome(points: points, arguments: titled, vectors: vectors)
    }

    /// The arguments' vectors: each argument's claim and the sentences it cites.
    static func vectors(of arguments: [Argument], context: RunContext) -> TermVectors {
        let texts = arguments.map { argument in
            ([argument.claim] + argument.citations.compactMap { context.verifier.sentence($0)?.text }).joined(separator: " ")
        }
        let speakers = context.transcript.speakers.map(\.name)
        return TermVectors(texts, corpus: context.transcript.sentences.map(\.text), words: ContentWords(ignoringNamesOf: speakers))
    }

    /// A heading from a point's weightiest stems, each in the form the point's sentences use: "Testing, hubs and
    /// schools".
    static func heading(words stems: [String], in texts: [String]) -> String {
        let words = stems.compactMap { stem in
            texts.lazy.flatMap(ContentWords.words).first { PorterStemmer.stem($0) == stem && !$0.hasSuffix("ly") }
        }
        guard let first = words.first else { return "Other matters" }
        let listed = words.count == 1 ? first : words.dropLast().joined(separator: ", ") + " and " + words[words.count - 1]
        return listed.prefix(1).uppercased() + listed.dropFirst()
    }

    /// Whether a heading the model wrote is a phrase: at most ``HeadingPhrase/maxWords`` words and no verb that
    /// makes it a statement ("Testing is crucially important in dealing with this crisis" is a sentence, and cut
    /// to eight words it would be a cut-off one).
    static func isPhrase(_ heading: String) -> Bool {
        let words = ContentWords.words(heading)
        return words.count <= HeadingPhrase.maxWords && !words.contains { statementVerbs.contains($0) }
    }

    /// The subject of a heading written as a statement, when it is a short phrase: "Testing" of "Testing is
    /// crucially important in dealing with this crisis"; empty otherwise.
    static func subject(of heading: String) -> String {
        let words = heading.trimmingWhitespace().split(separator: " ")
        guard let verb = words.firstIndex(where: { statementVerbs.contains($0.lowercased()) }), (1...6).contains(verb) else { return "" }
        let subject = HeadingPhrase.make(words[..<verb].joined(separator: " "))
        return subject.prefix(1).uppercased() + subject.dropFirst()
    }

    private static let statementVerbs: Set<String> = ["is", "are", "was", "were", "will", "has", "have", "had", "should", "must", "said", "says"]

    private func point(index: Int, members: [Int], arguments: [Argument], vectors: TermVectors) async throws -> Point {
        let centrality = vectors.centrality(of: members)
        let ranked = members.sorted {
            centrality[$0, default: 0] > centrality[$1, default: 0] || (centrality[$0, default: 0] == centrality[$1, default: 0] && $0 < $1)
        }
        var shown: [Int] = []
        var words = 0
        for member in ranked {
            for id in arguments[member].citations where !shown.contains(id) {
                guard let sentence = context.verifier.sentence(id) else { continue }
                let count = WordCounter.count(sentence.text)
                if words + count > Self.maxWords, !shown.isEmpty { continue }
                shown.append(id)
                words += count
            }
        }
        let sentences = shown.sorted().compactMap(context.verifier.sentence)
        let request = context.request(
            data: DataFence.transcript(sentences),
            question: PromptText.point,
            schemaName: "point",
            schema: Reply.schema,
            maxTokens: 220
        )
        let reply = try await context.ask(request, as: Reply.self, stage: Self.name, unit: "discussion point \(index + 1)")
        let named = reply.map { HeadingPhrase.make($0.heading) } ?? ""
        let speakers = Set(context.transcript.speakers.map { $0.name.lowercased() })
        let phrase = reply.map { Self.isPhrase($0.heading) ? named : Self.subject(of: $0.heading) } ?? ""
        let usable = !phrase.isEmpty && !speakers.contains(phrase.lowercased())
        if !usable {
            context.log.add(
                .note,
                stage: Self.name,
                "discussion point \(index + 1) is headed by its most weighty words: the model gave no usable heading"
            )
        }
        let title = usable ? phrase : Self.heading(words: vectors.topTerms(of: members, count: 3), in: sentences.map(\.text))
        let paragraph =
            reply.map { SentenceReference.removed(from: $0.paragraph.trimmingWhitespace()) { context.verifier.sentence($0) != nil } } ?? ""
        return Point(
            title: title,
            paragraph: CitedText(paragraph, citations: sentences.map(\.id)),
            argumentIDs: ranked.map { arguments[$0].id },
            sentences: sentences.map(\.id)
        )
    }
}
