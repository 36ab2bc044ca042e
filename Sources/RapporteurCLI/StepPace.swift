/// The pace of a stage's most recent steps, for the time left that the progress display shows.
///
/// The estimate uses only the last `window` steps, not the whole stage: a resumed run answers its first steps from
/// the response cache in milliseconds, and an average over the whole stage would promise minutes for what takes
/// hours. After `window` steps at the model's pace, the estimate is that pace.
struct StepPace: Sendable {
    /// How many of the latest steps set the pace.
    static let window = 8

    /// Seconds since the stage began at which the latest steps finished, preceded by the finish before them
    /// (or 0, the stage's start): at most `window + 1` values.
    private var finishes: [Double] = [0]

    /// Records a finished step.
    ///
    /// - Parameter seconds: Seconds since the stage began.
    mutating func stepFinished(at seconds: Double) {
        finishes.append(seconds)
        if finishes.count > Self.window + 1 { finishes.removeFirst(finishes.count - Self.window - 1) }
    }

    /// Seconds left for `remaining` steps at the recent pace, or nil before the first step or when none remain.
    ///
    /// - Parameter remaining: Steps still to run.
    /// - Returns: The estimate.
    func secondsLeft(remaining: Int) -> Double? {
        guard remaining > 0, finishes.count > 1, let first = finishes.first, let last = finishes.last else { return nil }
        return (last - first) / Double(finishes.count - 1) * Double(remaining)
    }
}
