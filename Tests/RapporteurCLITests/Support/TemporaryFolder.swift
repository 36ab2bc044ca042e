import Foundation
import Testing

/// A fresh, empty folder for one test, removed when the test is done with it.
final class TemporaryFolder: Sendable {
    /// The folder.
    let url: URL

    /// Creates the folder under the system's temporary folder.
    ///
    /// - Throws: When the folder cannot be created.
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("rapporteur-cli-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// A path inside the folder.
    ///
    /// - Parameter name: The relative path.
    /// - Returns: The URL.
    func file(_ name: String) -> URL {
        url.appendingPathComponent(name)
    }

    /// Writes a file into the folder.
    ///
    /// - Parameters:
    ///   - data: The bytes.
    ///   - name: The file name.
    /// - Throws: When the file cannot be written.
    func write(_ data: Data, to name: String) throws {
        try data.write(to: file(name))
    }

    /// Copies a test fixture into the folder under its own name.
    ///
    /// - Parameter name: The fixture's file name, with extension.
    /// - Throws: When the fixture is missing or cannot be copied.
    func copyFixture(_ name: String) throws {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"))
        try FileManager.default.copyItem(at: url, to: file(name))
    }

    /// Every file and folder inside, hidden ones included, as sorted paths relative to the folder.
    ///
    /// - Returns: The relative paths; folders end with `/`.
    /// - Throws: When the folder cannot be listed.
    func contents() throws -> [String] {
        try list(url, prefix: "").sorted()
    }

    private func list(_ folder: URL, prefix: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).flatMap { name -> [String] in
            var isFolder: ObjCBool = false
            let child = folder.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: child.path, isDirectory: &isFolder), isFolder.boolValue else { return [prefix + name] }
            return [prefix + name + "/"] + (try list(child, prefix: prefix + name + "/"))
        }
    }
}
