/// The extraction stage: per chunk, the model chooses sentences by ID — each speaker's positions (with a gist),
/// decisions, actions and proposals among the sentences that may record one (with a label), quotable sentences —
/// and reads the roles that speakers state. Questions are found by the code (``AnsweredQuestions``).
struct MapStage: Sendable {
    /// The stage's name in progress reports and diagnostics.
    static let name = "extracting"

    /// Which calls a chunk needs.
    struct Plan: Sendable, Hashable {
        /// Speakers whose positions are asked for.
        var argumentSpeakers: [String]
        /// The sentences each of them may choose as positions: their own, long enough to state one, not questions
        /// (those are found by the code) and not addressed to the report's writer.
        var positionIDs: [String: [Int]] = [:]
        /// Speakers without a role whose first turn, or the turn just before it (the chair giving the floor), is in
        /// the chunk: where self-introductions and introductions by the chair are.
        var roleSpeakers: [String]
        /// Sentences long enough to be quoted.
        var quoteIDs: [Int]
        /// Sentences that may record a decision, an action or a proposal (``CommitmentDetector``).
        var commitmentIDs: [Int] = []

        /// The planned model calls.
        var calls: Int {
            argumentSpeakers.count + (commitmentIDs.isEmpty ? 0 : 1) + (roleSpeakers.isEmpty ? 0 : 1) + (quoteIDs.isEmpty ? 0 : 1)
        }
    }

    /// Sentences shorter than this are not offered as quotes.
    static let minimumQuoteWords = 6
    /// Sentences shorter than this are not offered as positions ("Okay.", "Thank you, Chair.").
    static let minimumPositionWords = 5
    /// The most candidate commitment sentences offered in one call.
    static let maxCommitmentCandidates = 12

    let context: RunContext
    /// Speakers whose role is unknown (no roster role).
    let roleless: [String]
    /// Words per speaker in the whole transcript.
    let totalWords: [String: Int]
    /// Speakers that have a section in the report; only their arguments are asked for.
    let reported: Set<String>
    /// The index of each speaker's first turn.
    let firstTurns: [String: Int]

    /// Extracts notes from every chunk.
    ///
    /// - Parameter chunks: The chunks.
    /// - Returns: One set of verified notes per chunk, in order.
    /// - Throws: ``PipelineError`` when the model is unavailable.
    func run(_ chunks: [TranscriptChunk]) async throws -> [ChunkNotes] {
        let work = chunks.map { ($0, plan(for: $0)) }
        let context = context
        let notes = try await context.stage(Self.name, total: work.reduce(0) { $0 + $1.1.calls }) { step in
            try await OrderedConcurrency.map(work, concurrency: context.options.concurrency) { chunk, plan in
                try await ChunkExtractor(context: context, chunk: chunk, plan: plan, step: step).run()
            }
        }
        context.log.orderDiagnostics(of: Self.name)
        return notes
    }

    /// The calls a chunk needs.
    ///
    /// - Parameter chunk: The chunk.
    /// - Returns: The plan.
    func plan(for chunk: TranscriptChunk) -> Plan {
        let minimum = context.options.minWordsForArguments
        let words = WordCounter.bySpeaker(chunk.sentences)
        let argumentSpeakers = chunk.speakers.filter { speaker in
            guard reported.contains(speaker) else { return false }
            let here = words[speaker, default: 0]
            return here >= minimum || (totalWords[speaker, default: 0] >= minimum && here * 2 >= minimum)
        }
        let turns = Set(chunk.sentences.map(\.turn))
        let roleSpeakers = roleless.filter { speaker in
            guard let first = firstTurns[speaker] else { return false }
            return turns.contains(first) || turns.contains(first - 1)
        }
        // Sentences about the meeting's own procedure state no position, commit nobody and provoke no thought.
        let usable = chunk.sentences.filter { !DirectiveDetector.isDirective($0.text) && !CommitmentDetector.isProcedural($0.text) }
        let quoteIDs = usable.filter { WordCounter.count($0.text) >= Self.minimumQuoteWords }.map(\.id)
        let positionIDs = Dictionary(
            uniqueKeysWithValues: argumentSpeakers.map { speaker in
                (
                    speaker,
                    usable.filter {
                        $0.speaker == speaker && WordCounter.count($0.text) >= Self.minimumPositionWords && !AnsweredQuestions.isQuestion($0.text)
                    }.map(\.id)
                )
            }
        )
        let commitmentIDs = usable.filter { CommitmentDetector.mayRecordCommitment($0.text) }.prefix(
            Self.maxCommitmentCandidates
        ).map(\.id)
        return Plan(
            argumentSpeakers: argumentSpeakers.filter { !positionIDs[$0, default: []].isEmpty },
            positionIDs: positionIDs,
            roleSpeakers: roleSpeakers,
            quoteIDs: quoteIDs,
            commitmentIDs: Array(commitmentIDs)
        )
    }
}
