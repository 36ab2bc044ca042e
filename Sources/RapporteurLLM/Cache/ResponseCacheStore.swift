import Foundation
import RapporteurKit

/// One folder of cached replies, one JSON file per call, each written whole or not at all.
struct ResponseCacheStore: Sendable {
    /// What one cache file holds.
    struct Entry: Codable, Sendable {
        var model: String
        var response: CompletionResponse
    }

    /// The folder.
    let folder: URL

    /// The file of one key.
    ///
    /// - Parameter key: The key.
    /// - Returns: `<folder>/<hex>.json`.
    func file(for key: CacheKey) -> URL {
        folder.appendingPathComponent("\(key.hex).json")
    }

    /// The stored reply of a key, if there is a readable one.
    ///
    /// - Parameter key: The key.
    /// - Returns: The reply, or `nil` when the entry is missing or unreadable (then it counts as a miss).
    func response(for key: CacheKey) -> CompletionResponse? {
        guard let data = try? Data(contentsOf: file(for: key)) else { return nil }
        return try? JSONDecoder().decode(Entry.self, from: data).response
    }

    /// Stores a reply: writes a temporary file in the same folder, then renames it over the entry.
    ///
    /// A run killed while writing leaves at most a stray `.tmp-*` file, never a partial entry.
    ///
    /// - Parameters:
    ///   - response: The reply.
    ///   - key: The key.
    ///   - model: The model's name, kept for people reading the folder.
    /// - Throws: When the folder cannot be created or written.
    func store(_ response: CompletionResponse, for key: CacheKey, model: String) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        var stored = response
        stored.fromCache = false
        let data = try encoder.encode(Entry(model: model, response: stored))
        let temporary = folder.appendingPathComponent(".tmp-\(key.hex)-\(UUID().uuidString)")
        try data.write(to: temporary)
        try AtomicRename.move(temporary, to: file(for: key))
    }
}
