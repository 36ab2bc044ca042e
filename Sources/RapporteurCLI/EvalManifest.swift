import Foundation
import RapporteurKit

/// Reads an evaluation manifest, `eval.json`, for folders not laid out one meeting per subfolder:
/// `{"meetings": [{"id", "transcript", "reference"?, "roster"?}]}`, paths relative to the manifest's folder.
enum EvalManifest {
    private struct File: Decodable {
        struct Entry: Decodable {
            var id: String
            var transcript: String
            var reference: String?
            var roster: String?
        }

        var meetings: [Entry]
    }

    /// The layout a manifest must have, for error messages.
    static let expectedShape = "expected {\"meetings\": [{\"id\", \"transcript\", \"reference\"?, \"roster\"?}]}"

    /// Decodes a manifest.
    ///
    /// - Parameters:
    ///   - data: The manifest's bytes.
    ///   - name: The manifest's path, for messages.
    ///   - directory: The folder its paths are relative to.
    /// - Returns: The meetings, in the manifest's order.
    /// - Throws: ``InputError`` when it is not a manifest, lists no meeting, or repeats an id.
    static func meetings(_ data: Data, name: String, directory: String) throws -> [EvalMeeting] {
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: data)
        } catch {
            throw InputError(file: name, reason: "not an evaluation manifest; \(expectedShape)")
        }
        guard !file.meetings.isEmpty else { throw InputError(file: name, reason: "lists no meetings; \(expectedShape)") }
        var seen = Set<String>()
        for entry in file.meetings where !seen.insert(entry.id).inserted {
            throw InputError(file: name, reason: "meeting id \"\(entry.id)\" appears more than once")
        }
        return file.meetings.map { entry in
            EvalMeeting(id: entry.id, directory: directory, transcript: entry.transcript, reference: entry.reference, roster: entry.roster)
        }
    }
}
