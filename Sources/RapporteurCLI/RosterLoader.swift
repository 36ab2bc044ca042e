import Foundation
import RapporteurKit
import Yams

/// Loads a roster file: JSON (`.json`) or YAML (`.yaml`, `.yml`, anything else that is not JSON).
enum RosterLoader {
    /// The layout a roster must have, for error messages.
    static let expectedShape = "expected speakers: [{name, role?, labels?: [label]}] and an optional session: {title, date?, time?, venue?}"

    /// Reads and decodes a roster.
    ///
    /// - Parameter path: The roster file.
    /// - Returns: The roster.
    /// - Throws: ``InputError`` naming the file (and the line, for YAML syntax errors) and what is wrong, on one line.
    static func load(_ path: String) throws -> Roster {
        let data = try FileInput.read(path)
        let looksLikeJSON = path.lowercased().hasSuffix(".json") || data.first.map { $0 == UInt8(ascii: "{") } == true
        if looksLikeJSON { return try Roster.decodeJSON(data, name: path) }
        guard let text = String(data: data, encoding: .utf8) else {
            throw InputError(file: path, reason: "roster is not UTF-8 text")
        }
        do {
            return try YAMLDecoder().decode(Roster.self, from: text)
        } catch {
            throw inputError(for: error, path: path)
        }
    }

    /// Turns a YAML syntax error (thrown as is or wrapped in a `DecodingError` by Yams) or a decoding error into an
    /// ``InputError`` with a one-line reason.
    private static func inputError(for error: any Error, path: String) -> InputError {
        var underlying: (any Error)? = error
        if case .dataCorrupted(let context) = error as? DecodingError { underlying = context.underlyingError ?? error }
        switch underlying as? YamlError {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let during = context.map { " (\($0.text) at line \($0.mark.line), column \($0.mark.column))" } ?? ""
            return InputError(file: path, line: mark.line, reason: "roster is not valid YAML: \(problem)\(during)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.sorted().map { "\"\($0)\"" }.joined(separator: ", ")
            return InputError(file: path, line: context.mark.line, reason: "roster is not valid YAML: duplicated key \(keys)")
        case .some(let yaml):
            return InputError(file: path, reason: "roster is not valid YAML: \(oneLine("\(yaml)"))")
        case nil:
            return InputError(file: path, reason: "not a roster: \(describe(error)); \(expectedShape)")
        }
    }

    private static func describe(_ error: any Error) -> String {
        guard let decoding = error as? DecodingError else { return oneLine("\(error)") }
        func path(_ keys: [any CodingKey]) -> String {
            let path = keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return path.isEmpty ? "the top level" : String(path.drop { $0 == "." })
        }
        switch decoding {
        case .keyNotFound(let key, let context):
            return "\(path(context.codingPath)) has no \"\(key.stringValue)\""
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "\(path(context.codingPath)) has the wrong type"
        @unknown default:
            return oneLine("\(error)")
        }
    }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }
}
