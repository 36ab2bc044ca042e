/// Receives progress of a pipeline run, e.g. to draw progress bars with an ETA.
///
/// Stages run one after another; each announces how many model calls it plans (retries and repairs are not
/// counted) and reports each finished step. Calls may come from concurrent tasks when `concurrency` > 1.
public protocol PipelineProgress: Sendable {
    /// A stage begins.
    ///
    /// - Parameters:
    ///   - stage: The stage's name, e.g. `extracting`.
    ///   - total: The planned number of steps (model calls).
    func stageStarted(_ stage: String, total: Int)

    /// A step of a stage finished.
    ///
    /// - Parameters:
    ///   - stage: The stage's name.
    ///   - completed: Steps completed so far in this stage.
    ///   - total: The planned number of steps.
    func stepFinished(_ stage: String, completed: Int, total: Int)

    /// A stage ended.
    ///
    /// - Parameter stage: The stage's name.
    func stageFinished(_ stage: String)
}
