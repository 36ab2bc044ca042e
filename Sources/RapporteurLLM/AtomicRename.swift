import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Moves a finished temporary file over its destination in one step (POSIX `rename`), replacing any file there.
enum AtomicRename {
    /// Renames `temporary` to `destination`; both must be on the same file system.
    ///
    /// - Parameters:
    ///   - temporary: The finished file.
    ///   - destination: Where it goes.
    /// - Throws: ``RuntimeError`` with `.fileSystem` when the rename fails (the temporary file is then removed).
    static func move(_ temporary: URL, to destination: URL) throws {
        guard rename(temporary.path, destination.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw RuntimeError(.fileSystem, "cannot rename \(temporary.lastPathComponent) to \(destination.path): \(reason)")
        }
    }
}
