public import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A running llama.cpp server started by ``LocalModelRuntime/start(gguf:contextTokens:port:)``.
///
/// Call ``stop(grace:)`` on every path out of the code that started it. Should this process die without doing so, the
/// launcher notices within a second that its parent is gone and exits too.
public struct LocalServer: Sendable {
    /// The server's base URL, e.g. `http://127.0.0.1:43117`.
    public let baseURL: URL
    /// The model's name as reports show it (the GGUF file's name without extension).
    public let modelName: String
    /// The context window the server was started with.
    public let contextTokens: Int
    /// The server's log file (its standard output and error).
    public let logFile: URL

    private let process: Process

    /// Wraps a launched server process.
    ///
    /// - Parameters:
    ///   - process: The running process.
    ///   - port: Its loopback port.
    ///   - modelName: The model's name.
    ///   - contextTokens: The context window.
    ///   - logFile: Its log file.
    init(process: Process, port: Int, modelName: String, contextTokens: Int, logFile: URL) {
        self.process = process
        self.baseURL = URL(string: "http://127.0.0.1:\(port)") ?? URL(fileURLWithPath: "/")
        self.modelName = modelName
        self.contextTokens = contextTokens
        self.logFile = logFile
    }

    /// The server process's id.
    public var processIdentifier: Int32 { process.processIdentifier }
    /// The loopback port.
    public var port: Int { baseURL.port ?? 0 }
    /// Whether the server process is still running.
    public var isRunning: Bool { process.isRunning }

    /// A configuration for ``OpenAICompatibleModel`` that talks to this server.
    ///
    /// - Parameter requestTimeout: The longest wait for one reply, in seconds.
    /// - Returns: The configuration, with the model's name, context window and engine filled in.
    public func modelConfiguration(requestTimeout: TimeInterval = 600) -> OpenAICompatibleModel.Configuration {
        OpenAICompatibleModel.Configuration(
            baseURL: baseURL,
            model: modelName,
            requestTimeout: requestTimeout,
            maxAttempts: 2,
            backoffBase: 1,
            contextTokens: contextTokens,
            engine: "llama.cpp server (local, xllamacpp)"
        )
    }

    /// Stops the server: SIGTERM, then SIGKILL if it is still running after the grace period.
    ///
    /// - Parameter grace: How long to wait after SIGTERM.
    public func stop(grace: Duration = .seconds(5)) async {
        guard process.isRunning else { return }
        process.terminate()
        if await waitForExit(within: grace) { return }
        kill(process.processIdentifier, SIGKILL)
        _ = await waitForExit(within: .seconds(5))
    }

    /// Waits until the process has exited; task cancellation does not cut the wait short.
    ///
    /// - Parameter limit: The longest wait.
    /// - Returns: Whether it exited in time.
    func waitForExit(within limit: Duration) async -> Bool {
        let process = self.process
        return await Blocking.poll(within: limit) { !process.isRunning }
    }
}
