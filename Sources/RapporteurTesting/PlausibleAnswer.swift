import Foundation
public import RapporteurKit

/// Generates a valid answer for any of the pipeline's JSON Schemas, so a whole run works against a fake model.
///
/// Enums take their values in turn (the n-th item of a list takes the n-th value, offset by the list's own
/// position), lists take two items (within `minItems`/`maxItems`), strings are short neutral sentences with no
/// digits (so they never invent a number), integers without an enum are 1, booleans are true.
public enum PlausibleAnswer {
    /// A value that satisfies `schema`.
    ///
    /// - Parameters:
    ///   - schema: A JSON Schema built from `type`, `properties`, `items`, `enum`, `minItems`, `maxItems`.
    ///   - index: The position of the value in its list, used to vary enum choices.
    ///   - key: The property name the value is for, used to word strings.
    /// - Returns: The value.
    public static func value(for schema: JSONValue, index: Int = 0, key: String = "answer") -> JSONValue {
        guard case .object(let fields) = schema else { return .null }
        if case .array(let values)? = fields["enum"], !values.isEmpty {
            let nonNull = values.filter { $0 != .null }
            return nonNull.isEmpty ? .null : nonNull[index % nonNull.count]
        }
        switch type(of: fields) {
        case "object":
            guard case .object(let properties)? = fields["properties"] else { return .object([:]) }
            return .object(properties.reduce(into: [:]) { $0[$1.key] = value(for: $1.value, index: index, key: $1.key) })
        case "array":
            let minimum = integer(fields["minItems"]) ?? 0
            let maximum = integer(fields["maxItems"]) ?? 2
            let count = min(maximum, max(minimum, 2))
            let items = fields["items"] ?? .object([:])
            return .array((0..<count).map { value(for: items, index: index + $0, key: key) })
        case "integer", "number": return .number(1)
        case "boolean": return .bool(true)
        case "null": return .null
        default: return .string(sentence(for: key))
        }
    }

    /// Encodes a value as compact JSON with sorted keys.
    ///
    /// - Parameter value: The value.
    /// - Returns: The JSON text.
    public static func encode(_ value: JSONValue) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value), let text = String(data: data, encoding: .utf8) else { return "null" }
        return text
    }

    private static func type(of fields: [String: JSONValue]) -> String {
        switch fields["type"] {
        case .string(let name)?: name
        case .array(let names)?: names.compactMap { if case .string(let name) = $0, name != "null" { name } else { nil } }.first ?? "null"
        default: fields["properties"] != nil ? "object" : "string"
        }
    }

    private static func integer(_ value: JSONValue?) -> Int? {
        if case .number(let number)? = value { return Int(number) }
        return nil
    }

    private static func sentence(for key: String) -> String {
        switch key {
        case "claim", "title", "heading": "A shared approach to the issue"
        case "question": "How will the next steps be funded?"
        case "role": "chair of the meeting"
        default: "The speakers discussed the issue and its consequences."
        }
    }
}
