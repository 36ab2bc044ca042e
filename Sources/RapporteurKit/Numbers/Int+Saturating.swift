extension Int {
    /// A `Double` rounded and converted without trapping: values past the range of `Int` give `Int.min` or `Int.max`,
    /// and NaN gives 0.
    ///
    /// `Int(_: Double)` stops the process on a value it cannot hold (a JSON time of `1e19` did, in every renderer);
    /// formatters use this instead, so that no input can crash them. Input is range-checked where it is read, so the
    /// clamping is a last guard, not a way to show such values.
    ///
    /// - Parameters:
    ///   - value: The value.
    ///   - rule: How to round it first.
    public init(saturating value: Double, rounding rule: FloatingPointRoundingRule = .toNearestOrAwayFromZero) {
        let rounded = value.rounded(rule)
        if rounded.isNaN {
            self = 0
        } else if rounded >= 9_223_372_036_854_775_807.0 {
            self = .max
        } else if rounded < -9_223_372_036_854_775_808.0 {
            self = .min
        } else {
            self = Int(rounded)
        }
    }
}
