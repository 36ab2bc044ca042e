import Foundation
import RapporteurKit

/// Saves the reports an evaluation makes as JSON, so they can be read (or rendered with `rapporteur render`).
enum EvalReportStore {
    /// The folder's name when no `--reports` is given.
    static let defaultFolderName = "eval-reports"

    /// Where reports go: `--reports`, else `eval-reports` beside the `-o` file, else `./eval-reports`.
    ///
    /// - Parameters:
    ///   - reports: The `--reports` folder, if given.
    ///   - output: The `-o` file, if given.
    /// - Returns: The folder.
    static func folder(reports: String?, output: String?) -> String {
        if let reports { return reports }
        guard let output else { return defaultFolderName }
        let parent = (output as NSString).deletingLastPathComponent
        return parent.isEmpty ? defaultFolderName : (parent as NSString).appendingPathComponent(defaultFolderName)
    }

    /// The file name of one system's report on one meeting: `<meeting>.<system>.json`.
    ///
    /// - Parameters:
    ///   - meeting: The meeting's id.
    ///   - system: The system.
    /// - Returns: The file name.
    static func fileName(meeting: String, system: EvalSystem) -> String {
        "\(meeting).\(system.rawValue).json"
    }

    /// Writes every report of a meeting, records its file, and drops the report from memory.
    ///
    /// - Parameters:
    ///   - outcome: The meeting's outcome.
    ///   - folder: The folder to write to (created when needed).
    /// - Throws: ``InputError`` when a file cannot be written.
    static func save(_ outcome: inout EvalMeetingOutcome, in folder: String) throws {
        for index in outcome.results.indices {
            guard let report = outcome.results[index].report else { continue }
            let path = (folder as NSString).appendingPathComponent(fileName(meeting: outcome.meeting.id, system: outcome.results[index].system))
            try AtomicFile.write(JSONRenderer().render(report), to: path)
            outcome.results[index].reportFile = path
            outcome.results[index].report = nil
        }
    }
}
