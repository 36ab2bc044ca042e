import Foundation
import RapporteurKit

/// Reads a report saved as JSON.
enum ReportFile {
    /// Loads, decodes and checks a report (``Report/load(_:name:)``).
    ///
    /// - Parameter path: The JSON file.
    /// - Returns: The report.
    /// - Throws: ``InputError`` when the file cannot be read, or is not a valid report of a version this build reads.
    static func load(_ path: String) throws -> Report {
        try Report.load(FileInput.read(path), name: path)
    }
}
