public import Foundation

/// A user's list of the session's speakers: canonical names, roles, and the raw transcript labels merged into each.
///
/// It is read from JSON with ``decodeJSON(_:name:)`` or, by the command line, from YAML of the same shape:
/// ```yaml
/// session: {title: "Open Forum 42", date: "27 Nov 2020", venue: "IGF 2020"}
/// speakers:
///   - name: Moira Patterson
///     role: IEEE Standards Association
///     labels: [MOIRA PATTERSON, SPEAKER_00]
/// ```
public struct Roster: Sendable, Hashable, Codable {
    /// One speaker of the roster.
    public struct Entry: Sendable, Hashable, Codable {
        /// The canonical name shown in the report; it also matches a transcript label of the same name.
        public var name: String
        /// The role (country, organisation, function), when known.
        public var role: String?
        /// The raw transcript labels merged into this speaker (`SPEAKER_00`, `MR. SMITH`); may be empty.
        public var labels: [String]

        /// Creates a roster entry.
        ///
        /// - Parameters:
        ///   - name: The canonical name.
        ///   - role: The role, when known.
        ///   - labels: The raw labels merged into this speaker.
        public init(name: String, role: String? = nil, labels: [String] = []) {
            self.name = name
            self.role = role
            self.labels = labels
        }

        /// Decodes an entry; `role` and `labels` may be missing.
        ///
        /// - Parameter decoder: The decoder.
        /// - Throws: A `DecodingError` when `name` is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decode(String.self, forKey: .name)
            role = try container.decodeIfPresent(String.self, forKey: .role)
            labels = try container.decodeIfPresent([String].self, forKey: .labels) ?? []
        }
    }

    /// The session's title, date, time and venue, when the roster gives them.
    public var session: SessionInfo?
    /// The speakers.
    public var speakers: [Entry]

    /// Creates a roster.
    ///
    /// - Parameters:
    ///   - session: The session metadata, when known.
    ///   - speakers: The speakers.
    public init(session: SessionInfo? = nil, speakers: [Entry] = []) {
        self.session = session
        self.speakers = speakers
    }

    /// Decodes a roster; `session` and `speakers` may be missing.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: A `DecodingError` when a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        session = try container.decodeIfPresent(SessionInfo.self, forKey: .session)
        speakers = try container.decodeIfPresent([Entry].self, forKey: .speakers) ?? []
    }

    /// The layout a roster file must have, for error messages.
    static let expectedShape = "expected {session?: {title, date?, time?, venue?}, speakers: [{name, role?, labels?: [label]}]}"

    /// Decodes a JSON roster file.
    ///
    /// - Parameters:
    ///   - data: The file's bytes.
    ///   - name: The file name, for errors.
    /// - Returns: The roster.
    /// - Throws: ``InputError`` for invalid JSON (with the line when known) or a wrong shape (naming the field).
    public static func decodeJSON(_ data: Data, name: String) throws(InputError) -> Roster {
        let bytes = Array(data)
        guard bytes.contains(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }) else {
            throw InputError(file: name, reason: "the file is empty")
        }
        do {
            return try JSONDecoder().decode(Roster.self, from: data)
        } catch let error as DecodingError {
            if case .dataCorrupted(let context) = error, context.codingPath.isEmpty {
                throw JSONSyntax.syntaxError(bytes, file: name)
            }
            throw InputError(file: name, reason: "not a roster: \(describe(error)); \(expectedShape)")
        } catch {
            throw InputError(file: name, reason: "not a roster: \(error); \(expectedShape)")
        }
    }

    /// The speakers of a transcript read without a roster: each raw label is a speaker, in order of first appearance.
    ///
    /// - Parameter raw: The transcript.
    /// - Returns: One speaker per distinct label, with that label as its name and only label.
    public static func speakers(of raw: RawTranscript) -> [SpeakerInfo] {
        var seen = Set<String>()
        return raw.turns.compactMap { turn in
            seen.insert(turn.speaker).inserted ? SpeakerInfo(name: turn.speaker, labels: [turn.speaker]) : nil
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().trimmingCharacters(in: ["."])
        }
        switch error {
        case .keyNotFound(let key, let context):
            let parent = path(context.codingPath)
            return "\(parent.isEmpty ? "" : parent + " ")has no \"\(key.stringValue)\""
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "\(path(context.codingPath)) has the wrong type"
        @unknown default:
            return "\(error)"
        }
    }
}
