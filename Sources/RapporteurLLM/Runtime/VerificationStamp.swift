import Foundation

/// The remembered result of hashing a model file, valid while the file keeps its size and modification time.
///
/// Hashing 1.1 GB takes seconds; the stamp lets ``LocalModelRuntime/status()`` answer at once.
struct VerificationStamp: Codable, Sendable, Hashable {
    /// The file size when hashed.
    var size: Int64
    /// The modification time when hashed, seconds since 1970.
    var modified: Double
    /// The digest found.
    var sha256: String

    /// The stamp file next to a model file.
    ///
    /// - Parameter model: The model file.
    /// - Returns: `<model>.verified.json`.
    static func file(for model: URL) -> URL {
        model.deletingLastPathComponent().appendingPathComponent(model.lastPathComponent + ".verified.json")
    }

    /// The size and modification time of a file, if it exists.
    ///
    /// - Parameter url: The file.
    /// - Returns: The size and time, or `nil`.
    static func attributes(of url: URL) -> (size: Int64, modified: Double)? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
            let size = attributes[.size] as? NSNumber,
            let date = attributes[.modificationDate] as? Date
        else { return nil }
        return (size.int64Value, date.timeIntervalSince1970)
    }

    /// The stamp of a model file if it still describes the file as it is.
    ///
    /// - Parameter model: The model file.
    /// - Returns: The stamp, or `nil` when missing, unreadable or stale.
    static func current(for model: URL) -> VerificationStamp? {
        guard let data = try? Data(contentsOf: file(for: model)),
            let stamp = try? JSONDecoder().decode(VerificationStamp.self, from: data),
            let now = attributes(of: model),
            now.size == stamp.size, now.modified == stamp.modified
        else { return nil }
        return stamp
    }

    /// Writes a stamp for a model file whose digest was just computed.
    ///
    /// - Parameters:
    ///   - model: The model file.
    ///   - sha256: Its digest.
    /// - Throws: When the stamp cannot be written.
    static func record(for model: URL, sha256: String) throws {
        guard let now = attributes(of: model) else { return }
        let stamp = VerificationStamp(size: now.size, modified: now.modified, sha256: sha256)
        try JSONEncoder().encode(stamp).write(to: file(for: model), options: .atomic)
    }
}
