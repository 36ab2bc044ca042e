public import Foundation

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension LocalModelRuntime {
    /// Starts llama.cpp's server on a loopback port and waits until it answers `GET /health`.
    ///
    /// - Parameters:
    ///   - gguf: A GGUF file to serve instead of the default model.
    ///   - contextTokens: The server's context window.
    ///   - port: The port; `nil` picks a free one.
    ///   - threads: CPU threads for the server.
    ///   - readyTimeout: The longest wait for the server to become healthy.
    /// - Returns: The running server; stop it with ``LocalServer/stop(grace:)``.
    /// - Throws: ``RuntimeError``: `.notInstalled` (naming `rapporteur model install`), `.invalidModelFile`, `.serverFailed`.
    public func start(
        gguf: URL? = nil,
        contextTokens: Int = 16384,
        port: Int? = nil,
        threads: Int = 2,
        readyTimeout: Duration = .seconds(180)
    ) async throws -> LocalServer {
        let modelURL = try await resolveModel(gguf)
        try installLauncher()
        let chosenPort = try port ?? FreePort.find()
        let process = try launch(model: modelURL, port: chosenPort, contextTokens: contextTokens, threads: threads)
        let server = LocalServer(
            process: process,
            port: chosenPort,
            modelName: modelURL.deletingPathExtension().lastPathComponent,
            contextTokens: contextTokens,
            logFile: serverLog
        )
        do {
            try await waitUntilHealthy(server, timeout: readyTimeout)
        } catch {
            await server.stop()
            throw error
        }
        return server
    }

    /// Starts a server, runs `body` with it, and stops the server however `body` ends.
    ///
    /// - Parameters:
    ///   - gguf: A GGUF file to serve instead of the default model.
    ///   - contextTokens: The server's context window.
    ///   - body: The work that uses the server.
    /// - Returns: What `body` returns.
    /// - Throws: What ``start(gguf:contextTokens:port:threads:readyTimeout:)`` or `body` throws.
    public func withServer<T: Sendable>(
        gguf: URL? = nil,
        contextTokens: Int = 16384,
        _ body: (LocalServer) async throws -> T
    ) async throws -> T {
        let server = try await start(gguf: gguf, contextTokens: contextTokens)
        do {
            let result = try await body(server)
            await server.stop()
            return result
        } catch {
            await server.stop()
            throw error
        }
    }

    /// The model file to serve: a checked `--gguf` file, or the installed default, hashed first if not yet verified.
    private func resolveModel(_ gguf: URL?) async throws -> URL {
        let status = status()
        guard status.hasEnvironment, status.hasEngine else {
            throw RuntimeError(.notInstalled, "no Python environment with xllamacpp in \(dataDirectory.runtime.path)")
        }
        if let gguf {
            try GGUFFile.validate(gguf)
            return gguf
        }
        switch status.modelState {
        case .verified: return modelFile
        case .unverified:
            guard try await verifyModel() else {
                throw RuntimeError(.checksumMismatch, "\(modelFile.path) does not have SHA-256 \(model.sha256)")
            }
            return modelFile
        case .checksumMismatch:
            throw RuntimeError(.checksumMismatch, "\(modelFile.path) does not have SHA-256 \(model.sha256)")
        case .missing, .wrongSize:
            throw RuntimeError(.notInstalled, "no complete model file at \(modelFile.path)")
        }
    }

    private func launch(model: URL, port: Int, contextTokens: Int, threads: Int) throws -> Process {
        let process = Process()
        process.executableURL = python
        process.arguments = [launcher.path, model.path, String(port), String(contextTokens), String(threads)]
        process.environment = ProcessInfo.processInfo.environment.merging([
            "HF_HUB_OFFLINE": "1",
            "PYTHONUNBUFFERED": "1",
            "RAPPORTEUR_PARENT_PID": String(getpid()),
        ]) { $1 }
        do {
            try FileManager.default.createDirectory(at: dataDirectory.logs, withIntermediateDirectories: true)
            _ = FileManager.default.createFile(atPath: serverLog.path, contents: nil)
            let log = try FileHandle(forWritingTo: serverLog)
            process.standardOutput = log
            process.standardError = log
            process.standardInput = FileHandle.nullDevice
            try ProcessLaunch.run(process)
            try? log.close()
        } catch {
            throw RuntimeError(.serverFailed, "cannot start \(python.path): \(error.localizedDescription)")
        }
        return process
    }

    private func waitUntilHealthy(_ server: LocalServer, timeout: Duration) async throws {
        let deadline = ContinuousClock.now + timeout
        let health = URLRequest(url: server.baseURL.appendingPathComponent("health"))
        let client = HTTPClient(timeout: 2, maxReplyBytes: 1 << 16)
        while ContinuousClock.now < deadline {
            guard server.isRunning else {
                throw RuntimeError(.serverFailed, "the server exited while starting; its log \(serverLog.path) ends:\n\(logTail())")
            }
            if let reply = try? await client.send(health), reply.status == 200 { return }
            try await Task.sleep(for: .milliseconds(200))
        }
        throw RuntimeError(.serverFailed, "no healthy answer within \(timeout); its log \(serverLog.path) ends:\n\(logTail())")
    }

    /// The last lines of the server's log, for error messages.
    ///
    /// - Parameter lines: How many lines.
    /// - Returns: The lines, or an empty string.
    func logTail(lines: Int = 15) -> String {
        guard let data = try? Data(contentsOf: serverLog) else { return "" }
        return String(decoding: data.suffix(8192), as: UTF8.self).split(separator: "\n").suffix(lines).joined(separator: "\n")
    }
}
