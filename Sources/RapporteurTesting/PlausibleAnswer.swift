import Foundation
public import RapporteurKit

/// Generates a valid answer for any of the pipeline's JSON Schemas, so a whole run works against a fake model.
///
/// Enums take their first or second value in turn (a value's position in its list, plus its property's position
/// in its object, decides), so generated items refer to each other, and an enum that allows `null` takes it (no
/// owner, no speaker); lists take two items (within
/// `minItems`/`maxItems`), strings are short neutral sentences with no digits (so they never invent a number), one
/// of two by position,
/// integers without an enum are 1, booleans are true. Written texts (the `text` of a cited item) name four of
/// ``subjects``, chosen by a seed drawn from the request (``subject(of:)``) and mixed with the path of properties
/// and list positions to the text, so two calls on different data, two lists of one answer and two items of one
/// list hold different texts, as a real model's do.
public enum PlausibleAnswer {
    /// A value that satisfies `schema`.
    ///
    /// - Parameters:
    ///   - schema: A JSON Schema built from `type`, `properties`, `items`, `enum`, `minItems`, `maxItems`.
    ///   - index: The position of the value in its list, used to vary enum choices.
    ///   - key: The property name the value is for, used to word strings.
    ///   - subject: The seed that chooses what written texts are about.
    /// - Returns: The value.
    public static func value(for schema: JSONValue, index: Int = 0, key: String = "answer", subject: UInt64 = 0) -> JSONValue {
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
                        let seed = mix(subject &+ UInt64(position + 1))
                        return (key, value(for: properties[key] ?? .null, index: index + position, key: key, subject: seed))
                    }
                )
            )
        case "array":
            let minimum = integer(fields["minItems"]) ?? 0
            let maximum = integer(fields["maxItems"]) ?? 2
            let count = min(maximum, max(minimum, 2))
            let items = fields["items"] ?? .object([:])
            return .array((0..<count).map { value(for: items, index: index + $0, key: key, subject: mix(subject &+ 0x1000 &+ UInt64($0))) })
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
        "budgets", "meals", "grades", "teachers", "testing", "access", "safety", "hubs", "laptops", "parents", "councils",
        "guidance", "exams", "transport", "funding", "timetables",
    ]

    /// The seed of the answers to a request: a hash of its user messages (the same request always gets the same
    /// answer).
    ///
    /// - Parameter request: The request.
    /// - Returns: The seed.
    public static func subject(of request: CompletionRequest) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for message in request.messages where message.role == "user" {
            for byte in message.content.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        }
        return hash
    }

    /// SplitMix64's finaliser: spreads a seed's bits, so nearby seeds choose unrelated subjects.
    private static func mix(_ seed: UInt64) -> UInt64 {
        var z = seed &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// A neutral sentence for a property; items at even and odd positions differ, as a real model's items do.
    private static func sentence(for key: String, index: Int, subject seed: UInt64) -> String {
        let words = (0..<4).map { subjects[Int((seed >> (UInt64($0) * 8)) % UInt64(subjects.count))] }
        let subject = words[0..<3].joined(separator: ", ") + " and " + words[3]
        let first = index.isMultiple(of: 2)
        return switch key {
        case "claim", "title", "heading": first ? "A shared approach to the issue" : "Funding of the next steps"
        case "question": first ? "How will the next steps be funded?" : "Who reports back to the committee?"
        case "role": "chair of the meeting"
        case "text": first ? "The speakers discussed \(subject)." : "Members asked about \(subject)."
        default: first ? "The speakers discussed the issue and its consequences." : "Members asked who pays for the plan."
        }
    }
}
