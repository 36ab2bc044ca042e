import Foundation
import RapporteurKit
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Shows pipeline progress on standard error: a bar with the time left on a terminal, plain log lines otherwise.
final class TerminalProgress: PipelineProgress {
    private struct State {
        var stageStart = Date()
        var pace = StepPace()
        var lastLine = ""
    }

    private let isTerminal: Bool
    private let state = Mutex(State())

    /// Creates a progress display, choosing the bar when standard error is a terminal.
    ///
    /// - Parameter isTerminal: Overrides the detection (tests).
    init(isTerminal: Bool = isatty(STDERR_FILENO) == 1) {
        self.isTerminal = isTerminal
    }

    func stageStarted(_ stage: String, total: Int) {
        state.withLock {
            $0.stageStart = Date()
            $0.pace = StepPace()
        }
        emit(isTerminal ? Self.bar(stage, completed: 0, total: total, eta: nil) : "\(stage): \(total) step(s)", final: false)
    }

    func stepFinished(_ stage: String, completed: Int, total: Int) {
        let eta = state.withLock { state in
            state.pace.stepFinished(at: Date().timeIntervalSince(state.stageStart))
            return state.pace.secondsLeft(remaining: total - completed)
        }
        let line =
            isTerminal
            ? Self.bar(stage, completed: completed, total: total, eta: eta)
            : "\(stage): \(completed)/\(total)" + (eta.map { ", about \(Self.duration($0)) left" } ?? "")
        emit(line, final: false)
    }

    func stageFinished(_ stage: String) {
        let elapsed = state.withLock { Date().timeIntervalSince($0.stageStart) }
        emit("\(stage): done in \(Self.duration(elapsed))", final: true)
    }

    private func emit(_ line: String, final: Bool) {
        if isTerminal {
            let padding = state.withLock { state in
                let pad = String(repeating: " ", count: max(0, state.lastLine.count - line.count))
                state.lastLine = final ? "" : line
                return pad
            }
            FileHandle.standardError.write(Data("\r\(line)\(padding)\(final ? "\n" : "")".utf8))
        } else {
            FileHandle.standardError.write(Data("\(line)\n".utf8))
        }
    }

    /// A text progress bar, e.g. `extracting [#######.............] 7/20, about 1m 20s left`.
    ///
    /// - Parameters:
    ///   - stage: The stage.
    ///   - completed: Steps done.
    ///   - total: Steps planned.
    ///   - eta: Seconds left, when known.
    /// - Returns: The bar.
    static func bar(_ stage: String, completed: Int, total: Int, eta: Double?) -> String {
        let width = 20
        let filled = total > 0 ? min(width, completed * width / total) : 0
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        return "\(stage) [\(bar)] \(completed)/\(total)" + (eta.map { ", about \(duration($0)) left" } ?? "")
    }

    /// `42s`, `3m 05s` or `1h 02m`.
    ///
    /// - Parameter seconds: A duration.
    /// - Returns: The duration for people.
    static func duration(_ seconds: Double) -> String {
        let total = max(0, Int(saturating: seconds))
        if total < 60 { return "\(total)s" }
        if total < 3600 { return "\(total / 60)m \(twoDigits(total % 60))s" }
        return "\(total / 3600)h \(twoDigits(total / 60 % 60))m"
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
