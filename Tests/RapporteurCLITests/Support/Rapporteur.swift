import Foundation
import Testing

/// Runs the real `rapporteur` executable, built next to the test bundle by `swift build --build-tests`.
enum Rapporteur {
    /// Where the executable is: `$RAPPORTEUR_EXECUTABLE`, else beside this target's resource bundle (the build
    /// products folder), else `.build/debug/rapporteur` of the package this file belongs to.
    static let executable: URL? = {
        if let path = ProcessInfo.processInfo.environment["RAPPORTEUR_EXECUTABLE"] { return URL(fileURLWithPath: path) }
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let candidates = [
            Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("rapporteur"),
            Bundle.main.bundleURL.appendingPathComponent("rapporteur"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("rapporteur"),
            packageRoot.appendingPathComponent(".build/debug/rapporteur"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// Runs the executable and waits for it.
    ///
    /// - Parameters:
    ///   - arguments: The command-line arguments.
    ///   - folder: The working folder; relative paths in `arguments` resolve against it.
    ///   - environment: Variables to set on top of this process's environment.
    ///   - input: A file to give as standard input; without it, standard input is `/dev/null`.
    /// - Returns: The exit status and the captured output.
    /// - Throws: When the executable is missing or cannot be started.
    static func run(_ arguments: [String], in folder: URL, environment: [String: String] = [:], input: URL? = nil) async throws -> CommandResult {
        let executable = try #require(executable, "the rapporteur executable was not found; run `swift build --build-tests` first")
        let capture = FileManager.default.temporaryDirectory.appendingPathComponent("rapporteur-capture-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: capture, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: capture) }
        let stdoutURL = capture.appendingPathComponent("stdout")
        let stderrURL = capture.appendingPathComponent("stderr")
        try Data().write(to: stdoutURL)
        try Data().write(to: stderrURL)
        let stdout = try FileHandle(forWritingTo: stdoutURL)
        let stderr = try FileHandle(forWritingTo: stderrURL)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardInput = try input.map { try FileHandle(forReadingFrom: $0) } ?? FileHandle.nullDevice
        if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        process.standardOutput = stdout
        process.standardError = stderr
        let status = try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Int32, any Error>) in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
            }
        }
        try stdout.close()
        try stderr.close()
        return CommandResult(
            status: status,
            stdout: String(decoding: try Data(contentsOf: stdoutURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: stderrURL), as: UTF8.self)
        )
    }
}
