import Foundation
import RapporteurKit

/// Writes output files all-or-nothing, keeping what the path is.
///
/// A regular file is written into a temporary file beside it, given the old file's mode (and owner, where allowed),
/// and renamed over it only once every file of the same call is complete: a failure leaves no half-written file
/// behind, earlier files at the paths stay intact, and when one of several formats fails none is replaced. A
/// symbolic link is written through (its target is replaced, the link stays); a device or a FIFO (`/dev/stdout`,
/// `>(…)`) is written to directly, never replaced; a file with other hard links is rewritten in place so that the
/// links keep sharing it. SIGINT, SIGTERM or SIGHUP during a write removes the temporary files before the process
/// dies of the signal (``TemporaryFiles``).
enum AtomicFile {
    /// Writes `text` to `path` (see the type's rules), creating the parent folder when needed.
    ///
    /// - Parameters:
    ///   - text: The content, written as UTF-8.
    ///   - path: The destination.
    /// - Throws: ``InputError`` naming the path when the folder cannot be created or the file cannot be written.
    static func write(_ text: String, to path: String) throws(InputError) {
        try write([(path, text)])
    }

    /// Writes several files: all of them, or none of the regular files among them.
    ///
    /// Every regular file is first written to its temporary file; then devices and FIFOs are written; then the
    /// temporary files are renamed into place. A failure before the renames removes every temporary file and leaves
    /// every regular file as it was; a rename that fails (rare: the folder changed meanwhile) leaves the files
    /// renamed before it, and the error names them.
    ///
    /// - Parameter files: The destinations and their contents.
    /// - Throws: ``InputError`` naming the path that failed (and the files already written, if any).
    static func write(_ files: [(path: String, text: String)]) throws(InputError) {
        var staged: [Staged] = []
        var direct: [(path: String, resolved: String, text: String, flags: Int32)] = []
        TemporaryFiles.catchSignals()
        defer { TemporaryFiles.restoreSignals() }
        do throws(InputError) {
            for (path, text) in files {
                let resolved = try resolve(path)
                switch try destination(resolved, path: path) {
                case .stream: direct.append((path, resolved, text, O_WRONLY))
                case .sharedFile: direct.append((path, resolved, text, O_WRONLY | O_TRUNC))
                case .newFile: staged.append(try stage(text, for: resolved, path: path, status: nil))
                case .replacedFile(let status): staged.append(try stage(text, for: resolved, path: path, status: status))
                }
            }
            for file in direct { try writeDirectly(file.text, to: file.resolved, path: file.path, flags: file.flags) }
        } catch {
            for file in staged { file.discard() }
            throw error
        }
        var written: [String] = []
        for (index, file) in staged.enumerated() {
            guard rename(file.temporary, file.resolved) == 0 else {
                let reason = String(cString: strerror(errno))
                for rest in staged[index...] { rest.discard() }
                let done = written.isEmpty ? "" : "; already written: \(written.joined(separator: ", "))"
                throw InputError(file: file.path, reason: "cannot write: \(reason)\(done)")
            }
            TemporaryFiles.forget(file.temporary)
            written.append(file.path)
        }
    }

    // MARK: - Destinations

    /// What a destination path is.
    private enum Destination {
        /// Nothing is there yet.
        case newFile
        /// A regular file with one link, replaced by rename; its status gives the mode and owner to keep.
        case replacedFile(stat)
        /// A regular file with other hard links, rewritten in place.
        case sharedFile
        /// A device or a FIFO, written to directly.
        case stream
    }

    private static func destination(_ resolved: String, path: String) throws(InputError) -> Destination {
        var status = stat()
        guard stat(resolved, &status) == 0 else {
            guard errno == ENOENT else { throw failure(path, errno) }
            return .newFile
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return status.st_nlink > 1 ? .sharedFile : .replacedFile(status)
        case S_IFCHR, S_IFBLK, S_IFIFO: return .stream
        case S_IFDIR: throw InputError(file: path, reason: "cannot write: is a folder")
        default: throw InputError(file: path, reason: "cannot write: not a regular file, a device or a FIFO")
        }
    }

    /// The path with every symbolic link of its last component followed, so that a link is written through.
    private static func resolve(_ path: String) throws(InputError) -> String {
        var current = path
        for _ in 0..<40 {
            var status = stat()
            guard lstat(current, &status) == 0, status.st_mode & S_IFMT == S_IFLNK else { return current }
            var buffer = [UInt8](repeating: 0, count: 4096)
            let count = buffer.withUnsafeMutableBytes { bytes in
                bytes.baseAddress.map { readlink(current, $0.assumingMemoryBound(to: CChar.self), bytes.count) } ?? -1
            }
            guard count > 0 else { throw failure(path, errno) }
            let target = String(decoding: buffer[..<count], as: UTF8.self)
            current = target.hasPrefix("/") ? target : URL(fileURLWithPath: current).deletingLastPathComponent().appendingPathComponent(target).path
        }
        throw InputError(file: path, reason: "cannot write: a loop of symbolic links")
    }

    // MARK: - Writing

    /// A complete temporary file waiting to be renamed over its destination.
    private struct Staged {
        var path: String
        var resolved: String
        var temporary: String

        func discard() {
            unlink(temporary)
            TemporaryFiles.forget(temporary)
        }
    }

    private static func stage(_ text: String, for resolved: String, path: String, status: stat?) throws(InputError) -> Staged {
        let url = URL(fileURLWithPath: resolved)
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw InputError(file: path, reason: "cannot write: \(error.localizedDescription)")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp").path
        TemporaryFiles.remember(temporary)
        let staged = Staged(path: path, resolved: resolved, temporary: temporary)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else {
            let code = errno
            TemporaryFiles.forget(temporary)
            throw failure(path, code)
        }
        defer { close(descriptor) }
        if let status {
            _ = fchown(descriptor, status.st_uid, status.st_gid)
            fchmod(descriptor, status.st_mode & 0o7777)
        }
        do throws(InputError) {
            try writeFully(text, to: descriptor, path: path)
        } catch {
            staged.discard()
            throw error
        }
        return staged
    }

    /// Writes to a device or a FIFO, or rewrites a hard-linked file in place (`flags` then has `O_TRUNC`).
    private static func writeDirectly(_ text: String, to resolved: String, path: String, flags: Int32) throws(InputError) {
        let descriptor = open(resolved, flags | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure(path, errno) }
        defer { close(descriptor) }
        try writeFully(text, to: descriptor, path: path)
    }

    private static func writeFully(_ text: String, to descriptor: Int32, path: String) throws(InputError) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                buffer.baseAddress.map { Foundation.write(descriptor, $0 + offset, min(buffer.count - offset, 1 << 20)) } ?? 0
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure(path, errno)
            }
            offset += count
        }
    }

    private static func failure(_ path: String, _ code: Int32) -> InputError {
        InputError(file: path, reason: "cannot write: \(String(cString: strerror(code)))")
    }
}
