public import RapporteurKit

/// Times the phases of a ``BenchmarkWorkload`` run; the workload stays free of clocks, the caller brings one.
public protocol BenchmarkStopwatch {
    /// Runs one phase's work exactly once, timing it as the conformer wishes.
    ///
    /// - Parameters:
    ///   - phase: The phase.
    ///   - body: The work.
    /// - Returns: What the work returned.
    /// - Throws: What the work threw.
    mutating func time<Value>(_ phase: BenchmarkPhase, _ body: () throws(InputError) -> Value) throws(InputError) -> Value
}
