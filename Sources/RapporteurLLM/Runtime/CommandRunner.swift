import Foundation

/// Runs a command to completion, passing each line it prints (standard output and error together) to a callback.
enum CommandRunner {
    /// Runs a command.
    ///
    /// - Parameters:
    ///   - executable: The program.
    ///   - arguments: Its arguments.
    ///   - environment: Variables to add to this process's environment.
    ///   - output: Called with each line printed, without the line break.
    /// - Returns: The exit status (a signal's number when it was killed by one).
    /// - Throws: When the program cannot be started; `CancellationError` when the task was cancelled (the program is terminated).
    static func run(
        _ executable: URL,
        _ arguments: [String],
        environment: [String: String] = [:],
        output: @escaping @Sendable (String) -> Void = { _ in }
    ) async throws -> Int32 {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try ProcessLaunch.run(process)
        try? pipe.fileHandleForWriting.close()
        let status = try await withTaskCancellationHandler {
            try await Blocking.run {
                forwardLines(from: pipe.fileHandleForReading, to: output)
                process.waitUntilExit()
                return process.terminationStatus
            }
        } onCancel: {
            process.terminate()
        }
        try Task.checkCancellation()
        return status
    }

    /// Reads a pipe to its end, splitting what arrives into lines.
    private static func forwardLines(from handle: FileHandle, to output: (String) -> Void) {
        var pending = Data()
        while true {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            pending.append(chunk)
            while let end = pending.firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) {
                let line = String(decoding: pending[pending.startIndex..<end], as: UTF8.self)
                pending.removeSubrange(pending.startIndex...end)
                if !line.trimmingCharacters(in: .whitespaces).isEmpty { output(line) }
            }
        }
        if !pending.isEmpty { output(String(decoding: pending, as: UTF8.self)) }
    }
}
