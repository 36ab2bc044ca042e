/// How a report was made: tool, model, timings, tokens and what verification kept and dropped.
public struct RunMetadata: Sendable, Hashable, Codable {
    /// Items kept and dropped by the grounding verifier in one section.
    public struct SectionVerification: Sendable, Hashable, Codable {
        /// The section, e.g. `arguments` or `thoughtProvoking`.
        public var section: String
        /// Items that passed (after repair, if any).
        public var kept: Int
        /// Items that were repaired and then passed.
        public var repaired: Int
        /// Items dropped because they could not be verified.
        public var dropped: Int
        /// Of the items the support check (``SupportVerifier``) kept, those whose citations already supported them;
        /// `nil` in a section it did not check.
        public var supported: Int?
        /// Of the items the support check kept, those it cited anew because their citations did not support them.
        public var recited: Int?
        /// Of the dropped items, those worded as another speaker's sentences: misattributions.
        public var misattributed: Int?

        /// Creates a section count.
        public init(
            section: String,
            kept: Int,
            repaired: Int = 0,
            dropped: Int,
            supported: Int? = nil,
            recited: Int? = nil,
            misattributed: Int? = nil
        ) {
            self.section = section
            self.kept = kept
            self.repaired = repaired
            self.dropped = dropped
            self.supported = supported
            self.recited = recited
            self.misattributed = misattributed
        }
    }

    /// Token and call counts of the model calls.
    public struct Usage: Sendable, Hashable, Codable {
        /// Model calls made (cache hits excluded).
        public var calls: Int
        /// Calls answered from the on-disk response cache.
        public var cachedCalls: Int
        /// Prompt tokens the server evaluated.
        public var promptTokensEvaluated: Int
        /// Prompt tokens the server reused from its prompt cache.
        public var promptTokensReused: Int
        /// Tokens generated.
        public var generatedTokens: Int

        /// Creates usage counts.
        public init(calls: Int = 0, cachedCalls: Int = 0, promptTokensEvaluated: Int = 0, promptTokensReused: Int = 0, generatedTokens: Int = 0) {
            self.calls = calls
            self.cachedCalls = cachedCalls
            self.promptTokensEvaluated = promptTokensEvaluated
            self.promptTokensReused = promptTokensReused
            self.generatedTokens = generatedTokens
        }
    }

    /// The tool and its version, e.g. `Rapporteur 0.1.0`.
    public var generator: String
    /// The model that wrote the generated sections; `nil` for a statistics-only report.
    public var model: String?
    /// The engine or endpoint, e.g. `llama.cpp server (local)`.
    public var engine: String?
    /// When the report was made, ISO 8601.
    public var createdAt: String
    /// Wall time of the whole run in seconds.
    public var wallSeconds: Double?
    /// Token and call counts.
    public var usage: Usage
    /// Verification counts per section.
    public var verification: [SectionVerification]

    /// Creates run metadata.
    public init(
        generator: String,
        model: String? = nil,
        engine: String? = nil,
        createdAt: String,
        wallSeconds: Double? = nil,
        usage: Usage = Usage(),
        verification: [SectionVerification] = []
    ) {
        self.generator = generator
        self.model = model
        self.engine = engine
        self.createdAt = createdAt
        self.wallSeconds = wallSeconds
        self.usage = usage
        self.verification = verification
    }
}
