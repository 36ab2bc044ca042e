import Foundation
public import RapporteurKit

/// Generates a valid answer for any of the pipeline's JSON Schemas, so a whole run works against a fake model.
///
/// Enums take their first or second value in turn (a value's position in its list, plus its property's position
/// in its object, decides), so generated items refer to each other, and an enum that allows `null` takes it (no
/// owner, no speaker); lists take two items (within
/// `minItems`/`maxItems`), strings are short neutral sentences with no digits (so they never invent a number), one
/// of two by position,
/// integers without an enum are 1, booleans are true. Written texts (the `text` of a cited item) name two of
/// ``subjects``, chosen by the request (``subject(of:)``) and the property the text is in, so two calls on
/// different data, and two lists of one answer, hold different texts, as a real model's do.
public enum PlausibleAnswer {
    /// A value that satisfies `schema`.
    ///
    /// - Parameters:
    ///   - schema: A JSON Schema built from `type`, `properties`, `items`, `enum`, `minItems`, `maxItems`.
    ///   - index: The position of the value in its list, used to vary enum choices.
    ///   - key: The property name the value is for, used to word strings.
    ///   - subject: What written texts are about: the first subject is `subjects[subject % n]`, the second
    ///     `subjects[(subject / n + 1) % n]` for `n` subjects.
    /// - Returns: The value.
    public static func value(for schema: JSONValue, index: Int = 0, key: String = "answer", subject: Int = 0) -> JSONValue {
        guard case .object(let fields) = schema else { return .null }
        if case .array(let values)? = fields["enum"], !values.isEmpty {
            let nonNull = values.filter { $0 != .null }
            return nonNull.count < values.count ? .null : nonNull[index % min(2, nonNull.count)]
        }
        switch type(of: fields) {
        case "object":
            guard case .object(let properties)? = fields["properties"] else { return .object([:]) }
            let keys = properties.keys.sorted()
            return .object(
                Dictionary(
                    uniqueKeysWithValues: keys.enumerated().map { position, key in
                        // Both subjects move with the property, so two lists of one answer never share a text.
                        let moved = subject + position * (subjects.count + 1)
                        return (key, value(for: properties[key] ?? .null, index: index + position, key: key, subject: moved))
                    }
                )
            )
        case "array":
            let minimum = integer(fields["minItems"]) ?? 0
            let maximum = integer(fields["maxItems"]) ?? 2
            let count = min(maximum, max(minimum, 2))
            let items = fields["items"] ?? .object([:])
            return .array((0..<count).map { value(for: items, index: index + $0, key: key, subject: subject) })
        case "integer", "number": return .number(1)
        case "boolean": return .bool(true)
        case "null": return .null
        default: return .string(sentence(for: key, index: index, subject: subject))
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

    /// The subjects written texts are about; none has a digit.
    public static let subjects = [
        "the issue and its consequences", "the school budget", "testing capacity", "free school meals", "guidance for teachers",
        "exam grades", "digital access at home", "the safety of staff",
    ]

    /// The subject of the answers to a request, one of `n × n` for `n` ``subjects``, chosen by a hash of its user
    /// messages (the same request always gets the same subject).
    ///
    /// - Parameter request: The request.
    /// - Returns: The subject's position.
    public static func subject(of request: CompletionRequest) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for message in request.messages where message.role == "user" {
            for byte in message.content.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        }
        return Int(hash % UInt64(subjects.count * subjects.count))
    }

    /// A neutral sentence for a property; items at even and odd positions differ, as a real model's items do.
    private static func sentence(for key: String, index: Int, subject position: Int) -> String {
        let count = subjects.count
        let subject = subjects[position % count] + " and " + subjects[(position / count + 1) % count]
        let first = index.isMultiple(of: 2)
        return switch key {
        case "claim", "title", "heading": first ? "A shared approach to the issue" : "Funding of the next steps"
        case "question": first ? "How will the next steps be funded?" : "Who reports back to the committee?"
        case "role": "chair of the meeting"
        case "text": first ? "The speakers discussed \(subject)." : "Members asked who pays for \(subject)."
        default: first ? "The speakers discussed the issue and its consequences." : "Members asked who pays for the plan."
        }
    }
}
