import Foundation
import RapporteurKit
import Testing

/// What the library computes for a fixture, to compare the executable's output with.
enum InProcess {
    /// Reads and normalises a fixture the way the command line does, with an optional JSON roster.
    ///
    /// - Parameters:
    ///   - name: The fixture's file name; also the transcript's source name, as the command line gets it.
    ///   - rosterJSON: A JSON roster fixture to apply, or `nil`.
    /// - Returns: The normalised transcript.
    /// - Throws: When the fixture is missing or unreadable.
    static func transcript(_ name: String, rosterJSON: String? = nil) throws -> Transcript {
        var raw = try TranscriptReader.read(fixture(name), name: name)
        var speakers: [SpeakerInfo]?
        if let rosterJSON {
            let roster = try Roster.decodeJSON(fixture(rosterJSON), name: rosterJSON)
            (raw, speakers) = try roster.apply(to: raw, rosterName: rosterJSON)
        }
        return TranscriptBuilder.build(raw, source: name, speakers: speakers)
    }

    /// The bytes of a fixture.
    ///
    /// - Parameter name: The fixture's file name, with extension.
    /// - Returns: The bytes.
    /// - Throws: When the fixture is missing.
    static func fixture(_ name: String) throws -> Data {
        try Data(contentsOf: try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures")))
    }
}
