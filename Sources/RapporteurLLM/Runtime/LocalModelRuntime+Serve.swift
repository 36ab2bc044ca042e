public import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension LocalModelRuntime {
    /// The record file a foreground server writes: `server.json` in the data directory.
    public var serverRecordFile: URL { dataDirectory.root.appendingPathComponent("server.json") }

    /// Runs a server in the foreground until SIGINT or SIGTERM, recording its pid and port for ``stopServer(grace:)``.
    ///
    /// SIGINT and SIGTERM are caught from the call on (a signal during start-up stops the server once it is up) and
    /// get their default action back on return.
    ///
    /// - Parameters:
    ///   - gguf: A GGUF file to serve instead of the default model.
    ///   - contextTokens: The server's context window.
    ///   - port: The port; `nil` picks a free one.
    ///   - onReady: Called once the server is healthy and recorded.
    /// - Throws: What ``start(gguf:contextTokens:port:threads:readyTimeout:)`` throws; ``RuntimeError`` with
    ///   `.serverFailed` when the server exits by itself.
    public func serve(
        gguf: URL? = nil,
        contextTokens: Int = 16384,
        port: Int? = nil,
        onReady: @Sendable (ServerRecord) -> Void = { _ in }
    ) async throws {
        let signals = SignalWaiter()
        defer { signals.cancel() }
        let server = try await start(gguf: gguf, contextTokens: contextTokens, port: port)
        let record = ServerRecord(
            servePID: getpid(),
            serverPID: server.processIdentifier,
            port: server.port,
            modelName: server.modelName,
            contextTokens: contextTokens,
            startedAt: Date()
        )
        do {
            try record.write(to: serverRecordFile)
        } catch {
            await server.stop()
            throw RuntimeError(.fileSystem, "cannot write \(serverRecordFile.path): \(error.localizedDescription)")
        }
        onReady(record)
        let signal = await signals.wait { !server.isRunning }
        await server.stop()
        if ServerRecord.read(serverRecordFile)?.servePID == record.servePID {
            try? FileManager.default.removeItem(at: serverRecordFile)
        }
        if signal == nil, !Task.isCancelled {
            throw RuntimeError(.serverFailed, "the server exited; its log \(serverLog.path) ends:\n\(logTail())")
        }
    }

    /// The server a `serve` process recorded, if that process is still alive; a stale record is removed.
    ///
    /// - Returns: The record, or `nil`.
    public func runningServer() -> ServerRecord? {
        guard let record = ServerRecord.read(serverRecordFile) else { return nil }
        guard Self.isAlive(record.servePID) else {
            try? FileManager.default.removeItem(at: serverRecordFile)
            return nil
        }
        return record
    }

    /// Stops the server a `serve` process recorded: SIGTERM to that process, SIGKILL to both if they outlive the grace period.
    ///
    /// - Parameter grace: How long to wait after SIGTERM.
    /// - Returns: The record of the stopped server, or `nil` when none was running.
    public func stopServer(grace: Duration = .seconds(10)) async -> ServerRecord? {
        guard let record = runningServer() else { return nil }
        kill(record.servePID, SIGTERM)
        if await Self.waitForExit(of: record.servePID, within: grace) == false {
            kill(record.serverPID, SIGKILL)
            kill(record.servePID, SIGKILL)
            _ = await Self.waitForExit(of: record.servePID, within: .seconds(2))
        }
        try? FileManager.default.removeItem(at: serverRecordFile)
        return record
    }

    /// Whether a process exists (signal 0 reaches it, or it belongs to another user).
    ///
    /// - Parameter pid: The process id.
    /// - Returns: Whether it exists.
    static func isAlive(_ pid: Int32) -> Bool {
        pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
    }

    private static func waitForExit(of pid: Int32, within limit: Duration) async -> Bool {
        await Blocking.poll(within: limit) { !isAlive(pid) }
    }
}
