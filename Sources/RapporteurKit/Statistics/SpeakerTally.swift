/// Running counts for one speaker while ``TalkStatistics/measure(_:)`` walks the turns.
struct SpeakerTally {
    /// Words so far.
    var words = 0
    /// Turns so far.
    var turns = 0
    /// Sentences so far.
    var sentences = 0
    /// The speaker's timed turns.
    var intervals = IntervalUnion()

    /// Counts a turn.
    ///
    /// - Parameters:
    ///   - turn: The speaker's next turn.
    ///   - timed: Whether to record the turn's interval (only when the whole transcript has timestamps).
    mutating func add(_ turn: Turn, timed: Bool) {
        words += WordCounter.count(turn.text)
        turns += 1
        sentences += turn.sentences.count
        if timed, let start = turn.start, let end = turn.end { intervals.add(start: start, end: end) }
    }

    /// The finished statistics.
    ///
    /// - Parameters:
    ///   - totalWords: Everyone's words.
    ///   - speechSeconds: The speaker's speech seconds; `nil` without timestamps.
    ///   - speechSum: The sum of all speakers' speech seconds.
    /// - Returns: The speaker's statistics; shares are 0 when their denominator is 0, speed is `nil` without speech time.
    func statistics(totalWords: Int, speechSeconds: Double?, speechSum: Double) -> SpeakerStatistics {
        let timeShare = speechSeconds.map { speechSum > 0 ? $0 / speechSum : 0 }
        let wordsPerMinute = speechSeconds.flatMap { $0 > 0 ? Double(words) / ($0 / 60) : nil }
        return SpeakerStatistics(
            words: words,
            turns: turns,
            sentences: sentences,
            wordShare: totalWords > 0 ? Double(words) / Double(totalWords) : 0,
            speechSeconds: speechSeconds,
            timeShare: timeShare,
            wordsPerMinute: wordsPerMinute
        )
    }
}
