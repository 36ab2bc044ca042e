import Foundation
import RapporteurEvaluation
import RapporteurKit

/// One meeting of an evaluation: its id and its files, as the folder layout or the manifest gives them.
struct EvalMeeting: Sendable, Hashable {
    /// The meeting's id: its folder name, or the manifest's `id`.
    var id: String
    /// The evaluation folder the paths below are relative to (absolute paths are kept as they are).
    var directory: String
    /// The transcript file.
    var transcript: String
    /// The reference file (`reference.json`), when there is one.
    var reference: String?
    /// A roster (YAML or JSON), when there is one.
    var roster: String?

    /// A path of this meeting as a path to open: relative paths resolve against ``directory``.
    ///
    /// - Parameter path: A path as stored here.
    /// - Returns: The path to open.
    func resolve(_ path: String) -> String {
        path.hasPrefix("/") ? path : URL(fileURLWithPath: directory).appendingPathComponent(path).path
    }

    /// Reads the transcript (applying the roster) and the reference.
    ///
    /// - Returns: The loaded session and the reference, or `nil` when the meeting has none.
    /// - Throws: ``InputError`` for an unreadable transcript, roster or reference.
    func load() throws -> (session: LoadedSession, reference: MeetingReference?) {
        let file = resolve(transcript)
        let session = try SessionFiles.load(file, rosterPath: roster.map(resolve))
        let reference = try reference.map { try MeetingReference.decode(FileInput.read(resolve($0)), name: resolve($0)) }
        return (session, reference)
    }
}
