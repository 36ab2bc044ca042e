/// The total length of a union of time intervals: overlapping or touching intervals count once.
struct IntervalUnion {
    private var intervals: [(start: Double, end: Double)] = []

    /// Creates an empty union.
    init() {}

    /// Adds `[start, end]`; an interval that ends before it starts, or is not finite, adds nothing.
    mutating func add(start: Double, end: Double) {
        guard start.isFinite, end.isFinite, end >= start else { return }
        intervals.append((start, end))
    }

    /// The length of the union in the intervals' unit. O(n log n) in the number of intervals.
    var length: Double {
        let sorted = intervals.sorted { $0.start < $1.start || ($0.start == $1.start && $0.end < $1.end) }
        var total = 0.0
        var current: (start: Double, end: Double)?
        for interval in sorted {
            if let open = current, interval.start <= open.end {
                current = (open.start, max(open.end, interval.end))
            } else {
                if let open = current { total += open.end - open.start }
                current = interval
            }
        }
        if let open = current { total += open.end - open.start }
        return total
    }
}
