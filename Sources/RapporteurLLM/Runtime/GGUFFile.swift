public import Foundation

/// Checks that a file is a GGUF model before a server is started on it.
public enum GGUFFile {
    /// The first four bytes of every GGUF file.
    static let magic = Data("GGUF".utf8)

    /// Checks that a file exists and begins with the GGUF magic bytes.
    ///
    /// - Parameter url: The file.
    /// - Throws: ``RuntimeError`` with `.invalidModelFile` naming the problem.
    public static func validate(_ url: URL) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw RuntimeError(.invalidModelFile, "\(url.path) does not exist")
        }
        guard let handle = try? FileHandle(forReadingFrom: url) else {
            throw RuntimeError(.invalidModelFile, "\(url.path) cannot be read")
        }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: magic.count)) ?? Data()
        guard head == magic else {
            throw RuntimeError(.invalidModelFile, "\(url.path) does not begin with the bytes \"GGUF\"")
        }
    }
}
