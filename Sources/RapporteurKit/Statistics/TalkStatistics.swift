/// Measured talk statistics of a session: per speaker and in total; never produced by a model.
///
/// Words follow the definition on ``SpeakerStatistics``. Times come only from the transcript's own timestamps:
/// when any turn lacks a start or an end, every time field is `nil`.
public struct TalkStatistics: Sendable, Hashable, Codable {
    /// One speaker's statistics.
    public struct Entry: Sendable, Hashable, Codable {
        /// The canonical speaker name.
        public var speaker: String
        /// The speaker's statistics.
        public var statistics: SpeakerStatistics

        /// Creates an entry.
        public init(speaker: String, statistics: SpeakerStatistics) {
            self.speaker = speaker
            self.statistics = statistics
        }
    }

    /// The speakers, in order of first appearance in the turns.
    public var speakers: [Entry]
    /// Words spoken by everyone.
    public var totalWords: Int
    /// Seconds during which anyone speaks: the union of all timed turns; `nil` without timestamps.
    public var totalSpeechSeconds: Double?
    /// Seconds from the first turn's start to the last turn's end; `nil` without timestamps.
    ///
    /// Turns whose end is before their start are ignored here as in every time measure.
    public var sessionSeconds: Double?

    /// Creates statistics.
    public init(speakers: [Entry], totalWords: Int, totalSpeechSeconds: Double? = nil, sessionSeconds: Double? = nil) {
        self.speakers = speakers
        self.totalWords = totalWords
        self.totalSpeechSeconds = totalSpeechSeconds
        self.sessionSeconds = sessionSeconds
    }

    /// The statistics of one speaker, when the speaker has turns. O(n) in the number of speakers.
    ///
    /// - Parameter speaker: The canonical speaker name.
    /// - Returns: The speaker's statistics, or `nil`.
    public func statistics(for speaker: String) -> SpeakerStatistics? {
        speakers.first { $0.speaker == speaker }?.statistics
    }

    /// Measures a transcript.
    ///
    /// Per speaker: words, turns, sentences, share of all words; with timestamps also speech seconds (the union of the
    /// speaker's turn intervals, so a speaker's own overlapping turns count once), share of speaking time
    /// (speech seconds over the sum of all speakers' speech seconds, so shares add up to 1 even when people talk at
    /// once), and words per minute of speech seconds. O(n log n) in the number of turns, linear in the text.
    ///
    /// - Parameter transcript: The transcript to measure.
    /// - Returns: The statistics; speakers without turns are not listed.
    public static func measure(_ transcript: Transcript) -> TalkStatistics {
        let hasTimestamps = transcript.hasTimestamps
        var tallies: [String: SpeakerTally] = [:]
        var order: [String] = []
        var everyone = IntervalUnion()
        for turn in transcript.turns {
            if tallies[turn.speaker] == nil { order.append(turn.speaker) }
            tallies[turn.speaker, default: SpeakerTally()].add(turn, timed: hasTimestamps)
            if hasTimestamps, let start = turn.start, let end = turn.end { everyone.add(start: start, end: end) }
        }
        let tallied = order.map { (speaker: $0, tally: tallies[$0] ?? SpeakerTally()) }
        let totalWords = tallied.reduce(0) { $0 + $1.tally.words }
        let speechSeconds = tallied.map { hasTimestamps ? $0.tally.intervals.length : nil }
        let speechSum = speechSeconds.reduce(0.0) { $0 + ($1 ?? 0) }
        let entries = zip(tallied, speechSeconds).map { item, seconds in
            Entry(speaker: item.speaker, statistics: item.tally.statistics(totalWords: totalWords, speechSeconds: seconds, speechSum: speechSum))
        }
        return TalkStatistics(
            speakers: entries,
            totalWords: totalWords,
            totalSpeechSeconds: hasTimestamps ? everyone.length : nil,
            sessionSeconds: hasTimestamps ? sessionLength(transcript.turns) : nil
        )
    }

    /// The last end minus the first start, over turns whose interval is valid (finite, end not before start).
    private static func sessionLength(_ turns: [Turn]) -> Double? {
        var first = Double.infinity
        var last = -Double.infinity
        for turn in turns {
            guard let start = turn.start, let end = turn.end, start.isFinite, end.isFinite, end >= start else { continue }
            first = min(first, start)
            last = max(last, end)
        }
        return first <= last ? last - first : nil
    }
}
