import RapporteurKit
import Testing

@Suite struct SaturatingIntTests {
    @Test(arguments: [
        (1e19, Int.max), (-1e19, Int.min), (Double.infinity, Int.max), (-Double.infinity, Int.min), (Double.nan, 0),
        (9_223_372_036_854_775_807.0, Int.max), (2.5, 3), (-2.5, -3), (1e15, 1_000_000_000_000_000),
    ])
    func convertsEveryDoubleWithoutTrapping(value: Double, expected: Int) {
        #expect(Int(saturating: value) == expected)
    }

    @Test func roundsByTheGivenRule() {
        #expect(Int(saturating: 2.9, rounding: .down) == 2)
        #expect(Int(saturating: -2.1, rounding: .down) == -3)
    }
}
