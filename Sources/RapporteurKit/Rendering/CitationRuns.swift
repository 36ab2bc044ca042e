/// Groups cited sentence IDs into runs of consecutive IDs, the form every renderer shows: `[12][40-42]`.
enum CitationRuns {
    /// The distinct IDs in ascending order, with consecutive IDs collapsed into one range.
    ///
    /// - Parameter ids: Sentence IDs in any order, possibly repeated.
    /// - Returns: The runs, e.g. `[12, 41, 40, 42]` → `[12...12, 40...42]`.
    static func runs(_ ids: [Int]) -> [ClosedRange<Int>] {
        var runs: [ClosedRange<Int>] = []
        for id in Set(ids).sorted() {
            if let last = runs.last, last.upperBound + 1 == id {
                runs[runs.count - 1] = last.lowerBound...id
            } else {
                runs.append(id...id)
            }
        }
        return runs
    }

    /// A run as its label inside the brackets: `12` or `40-42`.
    ///
    /// - Parameter run: The run.
    /// - Returns: The label.
    static func label(_ run: ClosedRange<Int>) -> String {
        run.lowerBound == run.upperBound ? String(run.lowerBound) : "\(run.lowerBound)-\(run.upperBound)"
    }

    /// The citations as plain text, e.g. `[12][40-42]`.
    ///
    /// - Parameter ids: Sentence IDs.
    /// - Returns: The bracketed runs, empty when there are no IDs.
    static func plain(_ ids: [Int]) -> String {
        runs(ids).map { "[\(label($0))]" }.joined()
    }
}
