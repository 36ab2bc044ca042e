public import Foundation

extension ReportPipeline {
    /// Settings of a pipeline run. The defaults suit a small local model on a few CPU cores.
    public struct Options: Sendable {
        /// The chunk size unless a user sets one. Measured on education_1 (8.9k words): 1,500-token chunks made 64
        /// extraction calls; a chunk's calls are one per speaker with positions in it plus a few, so larger chunks
        /// make fewer calls, and the prompt cache keeps reading a chunk once.
        public static let defaultChunkTokens = 3000
        /// The most tokens of numbered transcript lines per chunk (shrunk when the context window is smaller).
        public var chunkTokens: Int
        /// The most arguments kept per speaker after merging.
        public var maxArgumentsPerSpeaker: Int
        /// Words a speaker needs in a chunk before their arguments are asked for (half as many suffice in a chunk
        /// when the speaker has this many words in the whole session).
        public var minWordsForArguments: Int
        /// Model calls in flight at once; 1 suits a local server with one slot.
        public var concurrency: Int
        /// The fewest words a transcript needs; shorter ones are refused.
        public var minimumWords: Int
        /// The fewest sentences a transcript needs; shorter ones are refused.
        public var minimumSentences: Int
        /// The most thought-provoking comments in the report.
        public var maxThoughtProvoking: Int
        /// The most discussion points.
        public var maxDiscussionPoints: Int
        /// The most words of the extract the summary is written from (``SessionExtract``).
        public var summaryExtractWords: Int
        /// The tool name (and version) written into the report's metadata and disclaimer.
        public var generator: String
        /// The clock; injected so tests get a fixed `createdAt` and wall time.
        public var now: @Sendable () -> Date
        /// Whether the taxonomy is used whatever the session is about (the user chose it). Otherwise a session that is
        /// not about digital policy (``TaxonomyFit``) gets its own discussion points as topics instead.
        public var forcesTaxonomy = false
        /// Whether the assembled report goes through the support check (``SupportVerifier``). Always on in the
        /// product; unit tests of the stages' mechanics turn it off, because their scripted model writes filler
        /// that no sentence supports.
        var checksSupport = true

        /// Creates options.
        ///
        /// - Parameters:
        ///   - chunkTokens: Transcript tokens per chunk.
        ///   - maxArgumentsPerSpeaker: Arguments kept per speaker.
        ///   - minWordsForArguments: Words a speaker needs in a chunk for arguments to be extracted.
        ///   - concurrency: Model calls in flight at once.
        ///   - minimumWords: Words below which a transcript is refused.
        ///   - minimumSentences: Sentences below which a transcript is refused.
        ///   - maxThoughtProvoking: Thought-provoking comments kept.
        ///   - maxDiscussionPoints: Discussion points at most.
        ///   - summaryExtractWords: Words of the extract the summary is written from.
        ///   - generator: The tool name for metadata and disclaimer.
        ///   - now: The clock.
        public init(
            chunkTokens: Int = Options.defaultChunkTokens,
            maxArgumentsPerSpeaker: Int = 5,
            minWordsForArguments: Int = 40,
            concurrency: Int = 1,
            minimumWords: Int = 80,
            minimumSentences: Int = 3,
            maxThoughtProvoking: Int = 5,
            maxDiscussionPoints: Int = 6,
            summaryExtractWords: Int = 1200,
            generator: String = "Rapporteur",
            now: @escaping @Sendable () -> Date = { Date() }
        ) {
            self.chunkTokens = chunkTokens
            self.maxArgumentsPerSpeaker = maxArgumentsPerSpeaker
            self.minWordsForArguments = minWordsForArguments
            self.concurrency = concurrency
            self.minimumWords = minimumWords
            self.minimumSentences = minimumSentences
            self.maxThoughtProvoking = maxThoughtProvoking
            self.maxDiscussionPoints = maxDiscussionPoints
            self.summaryExtractWords = summaryExtractWords
            self.generator = generator
            self.now = now
        }

        /// Refuses a transcript too short to report on, before any model is started or called: no report is invented.
        ///
        /// - Parameter transcript: The transcript.
        /// - Throws: ``PipelineError/transcriptTooShort(words:minimum:)`` or ``PipelineError/tooFewSentences(sentences:minimum:)``.
        public func checkLength(_ transcript: Transcript) throws(PipelineError) {
            let sentences = transcript.sentences
            let words = sentences.reduce(0) { $0 + WordCounter.count($1.text) }
            guard words >= minimumWords else { throw PipelineError.transcriptTooShort(words: words, minimum: minimumWords) }
            guard sentences.count >= minimumSentences else {
                throw PipelineError.tooFewSentences(sentences: sentences.count, minimum: minimumSentences)
            }
        }
    }
}
