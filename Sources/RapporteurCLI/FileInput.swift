import Foundation
import RapporteurKit

/// Reads input files, turning file-system failures into ``InputError``s that name the file.
enum FileInput {
    /// Reads a whole file.
    ///
    /// - Parameter path: The file to read; `-` reads standard input.
    /// - Returns: The bytes.
    /// - Throws: ``InputError`` when the file is missing, a folder, or unreadable.
    static func read(_ path: String) throws(InputError) -> Data {
        if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(file: path, reason: "no such file")
        }
        guard !isDirectory.boolValue else { throw InputError(file: path, reason: "is a folder, not a file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(file: path, reason: "cannot be read (permissions?)")
        }
        return data
    }
}
