/// The data of a horizontal bar chart: talk time per speaker or arguments per topic basket.
struct BarChart: Hashable, Sendable {
    /// One bar.
    struct Bar: Hashable, Sendable {
        /// What the bar stands for (a speaker or a basket).
        var label: String
        /// The measured value; bar lengths are proportional to it.
        var value: Double
        /// The value as people read it, e.g. `191 seconds (34.5%)`.
        var valueLabel: String
    }

    /// What the chart shows, including the unit.
    var caption: String
    /// The header of the label column.
    var labelHeader: String
    /// The header of the value column.
    var valueHeader: String
    /// The bars, in display order.
    var bars: [Bar]

    /// The largest value, at least a tiny positive number so that lengths can be divided by it.
    var maximum: Double { max(bars.map(\.value).max() ?? 0, .leastNonzeroMagnitude) }

    /// The length of a bar in units of `fullLength`, proportional to the largest value.
    ///
    /// - Parameters:
    ///   - bar: The bar.
    ///   - fullLength: The length of the longest bar.
    /// - Returns: The bar's length, between 0 and `fullLength`.
    func length(of bar: Bar, fullLength: Double) -> Double {
        guard bar.value.isFinite, bar.value > 0 else { return 0 }
        return min(fullLength, fullLength * bar.value / maximum)
    }
}
