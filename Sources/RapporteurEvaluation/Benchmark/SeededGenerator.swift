import RapporteurKit

/// A small seeded random number generator (SplitMix64) for synthetic inputs.
///
/// The standard library's random algorithms may change between releases, so everything the benchmark generates
/// draws through ``below(_:)`` and ``pick(_:)`` instead: the same seed gives the same text on every toolchain.
struct SeededGenerator {
    private var state: UInt64

    /// Creates a generator.
    ///
    /// - Parameter seed: Any value; equal seeds give equal sequences.
    init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    ///
    /// - Returns: A pseudo-random value.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// A value in `0..<bound` (a modulo draw; its bias is irrelevant for synthetic text).
    ///
    /// - Parameter bound: The exclusive upper bound, at least 1.
    /// - Returns: A value below `bound`.
    mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(max(bound, 1)))
    }

    /// A value in a closed range.
    ///
    /// - Parameter range: The range.
    /// - Returns: A value inside it.
    mutating func within(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.count)
    }

    /// One element of a non-empty array.
    ///
    /// - Parameter elements: The choices.
    /// - Returns: One of them.
    mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements[below(elements.count)]
    }

    /// Whether an event with the given chance in percent happens.
    ///
    /// - Parameter percent: The chance, 0…100.
    /// - Returns: `true` in about `percent` of draws.
    mutating func chance(_ percent: Int) -> Bool {
        below(100) < percent
    }
}
