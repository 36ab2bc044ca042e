import Foundation
import RapporteurKit

/// Finds the meetings of an evaluation folder: a manifest `eval.json`, else one meeting per subfolder that holds a
/// transcript, else the folder itself when it holds one.
///
/// In a meeting folder the transcript is `transcript.vtt`, `.srt`, `.json` or `.txt`, preferred in that order, except
/// that the first of them whose turns carry timestamps wins over earlier ones without; other `transcript*` files
/// (such as `transcript_igf_raw.txt`) are used only when there is no `transcript.*`. `reference.json` and
/// `roster.yaml`, `roster.yml` or `roster.json` are picked up when present.
enum EvalDiscovery {
    /// The manifest's file name.
    static let manifestName = "eval.json"
    /// Transcript extensions in order of preference.
    static let transcriptExtensions = ["vtt", "srt", "json", "txt"]
    /// Roster file names, in order of preference.
    static let rosterNames = ["roster.yaml", "roster.yml", "roster.json"]

    /// The meetings of an evaluation folder, sorted by id (manifest meetings keep the manifest's order).
    ///
    /// - Parameter directory: The evaluation folder.
    /// - Returns: The meetings.
    /// - Throws: ``InputError`` when the folder cannot be read, the manifest is invalid, or no meeting is found.
    static func meetings(in directory: String) throws -> [EvalMeeting] {
        let manifest = URL(fileURLWithPath: directory).appendingPathComponent(manifestName).path
        if FileManager.default.fileExists(atPath: manifest) {
            return try EvalManifest.meetings(FileInput.read(manifest), name: manifest, directory: directory)
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        } catch {
            throw InputError(file: directory, reason: "cannot list the evaluation folder: \(error.localizedDescription)")
        }
        var meetings = names.compactMap { name in
            isFolder(URL(fileURLWithPath: directory).appendingPathComponent(name).path) ? meeting(in: directory, subfolder: name) : nil
        }
        if meetings.isEmpty, let itself = meeting(in: directory, subfolder: nil) { meetings = [itself] }
        guard !meetings.isEmpty else {
            throw InputError(
                file: directory,
                reason: "no meetings: no \(manifestName), and no subfolder with a transcript.vtt, .srt, .json or .txt"
            )
        }
        return meetings
    }

    /// The meeting in one folder, or `nil` when it has no transcript.
    ///
    /// - Parameters:
    ///   - directory: The evaluation folder.
    ///   - subfolder: The meeting's folder inside it, or `nil` for the evaluation folder itself.
    /// - Returns: The meeting, its paths relative to `directory`.
    static func meeting(in directory: String, subfolder: String?) -> EvalMeeting? {
        let folder = subfolder.map { URL(fileURLWithPath: directory).appendingPathComponent($0) } ?? URL(fileURLWithPath: directory)
        guard let files = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return nil }
        let candidates = transcriptCandidates(files)
        guard let chosen = chooseTranscript(candidates.map { folder.appendingPathComponent($0).path }) else { return nil }
        func relative(_ name: String) -> String { subfolder.map { "\($0)/\(name)" } ?? name }
        return EvalMeeting(
            id: subfolder ?? folder.standardizedFileURL.lastPathComponent,
            directory: directory,
            transcript: relative(URL(fileURLWithPath: chosen).lastPathComponent),
            reference: files.contains("reference.json") ? relative("reference.json") : nil,
            roster: rosterNames.first { files.contains($0) }.map(relative)
        )
    }

    /// The transcript files among a folder's file names, in order of preference: `transcript.<ext>` by
    /// ``transcriptExtensions``; only when there is none, other `transcript*.<ext>` files, by extension then name.
    ///
    /// - Parameter files: The folder's file names.
    /// - Returns: The candidates, best first.
    static func transcriptCandidates(_ files: [String]) -> [String] {
        let exact = transcriptExtensions.map { "transcript.\($0)" }.filter(files.contains)
        guard exact.isEmpty else { return exact }
        return transcriptExtensions.flatMap { ext in
            files.filter { $0.hasPrefix("transcript") && $0.hasSuffix(".\(ext)") }.sorted()
        }
    }

    /// The transcript to use: the first candidate whose turns carry timestamps, else the first that can be read,
    /// else the first.
    ///
    /// - Parameter candidates: Paths in order of preference.
    /// - Returns: The chosen path, or `nil` when there are no candidates.
    static func chooseTranscript(_ candidates: [String]) -> String? {
        var firstReadable: String?
        for path in candidates {
            guard let data = FileManager.default.contents(atPath: path), let raw = try? TranscriptReader.read(data, name: path) else { continue }
            if raw.turns.contains(where: { $0.start != nil }) { return path }
            if firstReadable == nil { firstReadable = path }
        }
        return firstReadable ?? candidates.first
    }

    /// Keeps the meetings with the given ids, in the order given.
    ///
    /// - Parameters:
    ///   - meetings: All meetings.
    ///   - ids: The ids wanted, or `nil` for all.
    /// - Returns: The meetings.
    /// - Throws: ``InputError`` naming unknown ids and the known ones.
    static func select(_ meetings: [EvalMeeting], ids: [String]?) throws -> [EvalMeeting] {
        guard let ids else { return meetings }
        let unknown = ids.filter { id in !meetings.contains { $0.id == id } }
        guard unknown.isEmpty else {
            throw InputError(
                file: "--meetings",
                reason: "unknown meeting(s) \(unknown.joined(separator: ", ")); known: \(meetings.map(\.id).joined(separator: ", "))"
            )
        }
        return ids.compactMap { id in meetings.first { $0.id == id } }
    }

    private static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
