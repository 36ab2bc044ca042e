import Crypto
import Foundation

/// Streams large files through SHA-256: checking a model file, or concatenating its parts while hashing them.
enum ModelDigest {
    /// The read size.
    static let chunkBytes = 8 << 20
    /// How often progress is reported, in bytes.
    static let reportEvery: Int64 = 64 << 20

    /// The SHA-256 of a file.
    ///
    /// - Parameters:
    ///   - url: The file.
    ///   - progress: Called with the bytes hashed so far, every ``reportEvery`` bytes.
    /// - Returns: The size and the hex digest.
    /// - Throws: When the file cannot be read.
    static func sha256(of url: URL, progress: (Int64) -> Void) throws -> (size: Int64, sha256: String) {
        var hasher = SHA256()
        let size = try stream([url], progress: progress) { hasher.update(data: $0) }
        return (size, hex(hasher.finalize()))
    }

    /// Concatenates files in order into a new file, hashing what is written.
    ///
    /// - Parameters:
    ///   - parts: The files, in order.
    ///   - destination: The file to create (replaced if present).
    ///   - progress: Called with the bytes written so far, every ``reportEvery`` bytes.
    /// - Returns: The size and the hex digest of the result.
    /// - Throws: When a part cannot be read or the destination written.
    static func concatenate(_ parts: [URL], into destination: URL, progress: (Int64) -> Void) throws -> (size: Int64, sha256: String) {
        guard FileManager.default.createFile(atPath: destination.path, contents: nil) else {
            throw RuntimeError(.fileSystem, "cannot create \(destination.path)")
        }
        let output = try FileHandle(forWritingTo: destination)
        defer { try? output.close() }
        var hasher = SHA256()
        let size = try stream(parts, progress: progress) { chunk in
            hasher.update(data: chunk)
            try output.write(contentsOf: chunk)
        }
        try output.synchronize()
        return (size, hex(hasher.finalize()))
    }

    private static func stream(_ files: [URL], progress: (Int64) -> Void, consume: (Data) throws -> Void) throws -> Int64 {
        var total: Int64 = 0
        var reported: Int64 = -1
        var nextReport = reportEvery
        for file in files {
            let input = try FileHandle(forReadingFrom: file)
            defer { try? input.close() }
            while let chunk = try input.read(upToCount: chunkBytes), !chunk.isEmpty {
                try consume(chunk)
                total += Int64(chunk.count)
                if total >= nextReport {
                    progress(total)
                    reported = total
                    nextReport = total + reportEvery
                }
            }
        }
        if reported != total { progress(total) }
        return total
    }

    private static func hex(_ digest: SHA256.Digest) -> String {
        digest.map { String(format: "%02x", $0) }.joined()
    }
}
