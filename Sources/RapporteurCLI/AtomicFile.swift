import Foundation
import RapporteurKit

/// Writes output files all-or-nothing: into a temporary file beside the target, then renamed over it.
///
/// A failure leaves no half-written file behind, and an earlier file at the path stays intact until the new one
/// is complete.
enum AtomicFile {
    /// Writes `text` to `path` atomically, creating the parent folder when needed.
    ///
    /// - Parameters:
    ///   - text: The content, written as UTF-8.
    ///   - path: The destination.
    /// - Throws: ``InputError`` naming the path when the folder cannot be created or the file cannot be written.
    static func write(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: temporary)
            // rename(2) replaces an existing file in one step; FileManager.replaceItemAt fails on Linux after
            // removing the old file.
            guard rename(temporary.path, url.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(errno))])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw InputError(file: path, reason: "cannot write: \(error.localizedDescription)")
        }
    }
}
