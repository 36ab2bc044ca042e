import Foundation
import RapporteurKit

/// Reads input files, turning file-system failures into ``InputError``s that name the file.
///
/// Every input is read as a stream, so a FIFO, `/dev/stdin`, a process substitution `<(…)` or a device reads like a
/// file, and no input is read past ``defaultLimit`` bytes (`RAPPORTEUR_MAX_INPUT_MB` overrides it), so that
/// `stats - < /dev/zero` stops with an error instead of filling the memory.
enum FileInput {
    /// The largest input read by default: 256 MiB, more than ten times the largest speech-to-text JSON with word
    /// timings of a day-long session.
    static let defaultLimit = 256 << 20

    /// The environment variable that sets the limit, in MiB (a positive whole number).
    static let limitVariable = "RAPPORTEUR_MAX_INPUT_MB"

    /// The limit in bytes: `$RAPPORTEUR_MAX_INPUT_MB` MiB when it is set to a positive whole number, else
    /// ``defaultLimit``.
    ///
    /// - Parameter environment: The process environment.
    /// - Returns: The limit in bytes.
    /// - Throws: ``InputError`` naming the variable when it is set but not a positive whole number of MiB.
    static func limit(environment: [String: String] = ProcessInfo.processInfo.environment) throws(InputError) -> Int {
        guard let text = environment[limitVariable] else { return defaultLimit }
        guard let megabytes = Int(text), (1...(1 << 20)).contains(megabytes) else {
            throw InputError(file: limitVariable, reason: "\"\(text)\" is not a whole number of MiB from 1 to 1048576")
        }
        return megabytes << 20
    }

    /// Reads a whole file.
    ///
    /// - Parameters:
    ///   - path: The file to read; `-` reads standard input.
    ///   - given: The most bytes to read; `nil` uses ``limit(environment:)``.
    /// - Returns: The bytes.
    /// - Throws: ``InputError`` when the file is missing, a folder, unreadable, or larger than the limit.
    static func read(_ path: String, limit given: Int? = nil) throws(InputError) -> Data {
        let limit: Int
        if let given { limit = given } else { limit = try Self.limit() }
        if path == "-" { return try readAll(from: STDIN_FILENO, name: path, limit: limit) }
        guard !path.isEmpty else { throw InputError(file: path, reason: "no such file (the path is empty)") }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw openError(path, errno: errno) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw InputError(file: path, reason: "cannot be read: \(message(errno))") }
        switch status.st_mode & S_IFMT {
        case S_IFDIR: throw InputError(file: path, reason: "is a folder, not a file")
        case S_IFREG where status.st_size > limit: throw tooLarge(path, limit: limit)
        default: return try readAll(from: descriptor, name: path, limit: limit)
        }
    }

    /// Reads a descriptor to its end, stopping with an error past `limit` bytes.
    private static func readAll(from descriptor: Int32, name: String, limit: Int) throws(InputError) -> Data {
        var data = Data()
        let chunk = 1 << 20
        var buffer = [UInt8](repeating: 0, count: chunk)
        while true {
            let count = buffer.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, chunk) }
            if count == 0 { return data }
            if count < 0 {
                if errno == EINTR { continue }
                let reason = errno == EISDIR ? "is a folder, not a file" : "cannot be read: \(message(errno))"
                throw InputError(file: name, reason: reason)
            }
            guard data.count + count <= limit else { throw tooLarge(name, limit: limit) }
            data.append(contentsOf: buffer[..<count])
        }
    }

    private static func openError(_ path: String, errno code: Int32) -> InputError {
        switch code {
        case ENOENT:
            var link = stat()
            let dangling = lstat(path, &link) == 0 && link.st_mode & S_IFMT == S_IFLNK
            return InputError(file: path, reason: dangling ? "a symbolic link to a file that does not exist" : "no such file")
        case ELOOP: return InputError(file: path, reason: "a loop of symbolic links (too many levels), not a file")
        case ENOTDIR: return InputError(file: path, reason: "no such file (a part of the path is not a folder)")
        case EACCES, EPERM: return InputError(file: path, reason: "cannot be read: permission denied")
        default: return InputError(file: path, reason: "cannot be read: \(message(code))")
        }
    }

    private static func tooLarge(_ name: String, limit: Int) -> InputError {
        InputError(file: name, reason: "larger than the input limit of \(limit >> 20) MiB; set \(limitVariable) to read more")
    }

    private static func message(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
