import Foundation
import RapporteurKit

/// Reads a report saved as JSON.
enum ReportFile {
    /// Loads and decodes a report, checking its schema version.
    ///
    /// - Parameter path: The JSON file.
    /// - Returns: The report.
    /// - Throws: ``InputError`` when the file is not a report of a version this build reads.
    static func load(_ path: String) throws -> Report {
        let data = try FileInput.read(path)
        let report: Report
        do {
            report = try JSONDecoder().decode(Report.self, from: data)
        } catch {
            throw InputError(file: path, reason: "not a Rapporteur report (JSON of docs/report.schema.json): \(describe(error))")
        }
        guard report.schemaVersion.split(separator: ".").first == Report.currentSchemaVersion.split(separator: ".").first else {
            throw InputError(
                file: path,
                reason: "report schema \(report.schemaVersion) is not readable by this build (\(Report.currentSchemaVersion))"
            )
        }
        return report
    }

    private static func describe(_ error: any Error) -> String {
        guard let decoding = error as? DecodingError else { return "\(error)" }
        switch decoding {
        case .keyNotFound(let key, let context):
            return "missing \"\(key.stringValue)\" at \(path(context))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "\(context.debugDescription) at \(path(context))"
        @unknown default:
            return "\(error)"
        }
    }

    private static func path(_ context: DecodingError.Context) -> String {
        let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        return path.isEmpty ? "top level" : path
    }
}
