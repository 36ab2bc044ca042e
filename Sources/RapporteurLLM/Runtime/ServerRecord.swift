public import Foundation

/// What `rapporteur model serve` writes to the data directory while it runs, so `rapporteur model stop` and other
/// commands can find the server.
public struct ServerRecord: Sendable, Hashable, Codable {
    /// The process running `serve` (it stops the server on SIGTERM or SIGINT).
    public var servePID: Int32
    /// The server process.
    public var serverPID: Int32
    /// The server's loopback port.
    public var port: Int
    /// The model's name.
    public var modelName: String
    /// The context window.
    public var contextTokens: Int
    /// When the server became healthy.
    public var startedAt: Date

    /// Creates a record.
    ///
    /// - Parameters:
    ///   - servePID: The serving process.
    ///   - serverPID: The server process.
    ///   - port: The loopback port.
    ///   - modelName: The model's name.
    ///   - contextTokens: The context window.
    ///   - startedAt: When it became healthy.
    public init(servePID: Int32, serverPID: Int32, port: Int, modelName: String, contextTokens: Int, startedAt: Date) {
        self.servePID = servePID
        self.serverPID = serverPID
        self.port = port
        self.modelName = modelName
        self.contextTokens = contextTokens
        self.startedAt = startedAt
    }

    /// The server's base URL.
    public var baseURL: URL { URL(string: "http://127.0.0.1:\(port)") ?? URL(fileURLWithPath: "/") }

    /// Reads a record file.
    ///
    /// - Parameter file: The file.
    /// - Returns: The record, or `nil` when missing or unreadable.
    static func read(_ file: URL) -> ServerRecord? {
        guard let data = try? Data(contentsOf: file) else { return nil }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try? decoder.decode(ServerRecord.self, from: data)
    }

    /// Writes the record atomically.
    ///
    /// - Parameter file: The file.
    /// - Throws: When it cannot be written.
    func write(to file: URL) throws {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try encoder.encode(self).write(to: file, options: .atomic)
    }
}
