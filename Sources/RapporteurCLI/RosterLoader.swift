import Foundation
import RapporteurKit
import Yams

/// Loads a roster file: JSON (`.json`) or YAML (`.yaml`, `.yml`, anything else that is not JSON).
enum RosterLoader {
    /// Reads and decodes a roster.
    ///
    /// - Parameter path: The roster file.
    /// - Returns: The roster.
    /// - Throws: ``InputError`` naming the file (and the line, for YAML syntax errors) and what is wrong.
    static func load(_ path: String) throws -> Roster {
        let data = try FileInput.read(path)
        let looksLikeJSON = path.lowercased().hasSuffix(".json") || data.first.map { $0 == UInt8(ascii: "{") } == true
        if looksLikeJSON { return try Roster.decodeJSON(data, name: path) }
        guard let text = String(data: data, encoding: .utf8) else {
            throw InputError(file: path, reason: "roster is not UTF-8 text")
        }
        do {
            return try YAMLDecoder().decode(Roster.self, from: text)
        } catch let error as YamlError {
            throw InputError(file: path, line: yamlLine(of: error), reason: "roster is not valid YAML: \(error)")
        } catch {
            throw InputError(
                file: path,
                reason: "not a roster (expected speakers: [{name, role, labels}] and optional session): \(error)"
            )
        }
    }

    private static func yamlLine(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _): mark.line
        default: nil
        }
    }
}
