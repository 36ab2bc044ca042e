import RapporteurKit

/// A tiny JSON Schema validator for the subset `docs/report.schema.json` uses: `type`, `enum`, `required`,
/// `properties`, `additionalProperties: false`, `items`, `minimum`, `maximum` and local `$ref`s to `#/$defs/…`.
///
/// It also records which declared properties an instance used, so a test can show that a fixture exercises
/// every field of the schema.
struct JSONSchemaSubset {
    /// The whole schema document.
    let root: JSONValue
    /// `Definition.property` for every property an instance has used so far (the top level is `Report`).
    private(set) var visited: Set<String> = []

    init(_ root: JSONValue) {
        self.root = root
    }

    /// Every property the schema declares, as `Definition.property`.
    var declaredProperties: Set<String> {
        var declared = Set(Self.propertyNames(of: root).map { "Report.\($0)" })
        for (name, definition) in Self.members(of: root["$defs"]) {
            declared.formUnion(Self.propertyNames(of: definition).map { "\(name).\($0)" })
        }
        return declared
    }

    /// Validates an instance against the root schema.
    ///
    /// - Parameter instance: The JSON instance.
    /// - Returns: One message per violation, each naming the JSON path; empty when the instance is valid.
    mutating func validate(_ instance: JSONValue) -> [String] {
        check(instance, against: root, path: "$", definition: "Report")
    }

    private mutating func check(_ instance: JSONValue, against schema: JSONValue, path: String, definition: String) -> [String] {
        if case .string(let reference)? = schema["$ref"] {
            let name = String(reference.dropFirst("#/$defs/".count))
            guard reference.hasPrefix("#/$defs/"), let target = root["$defs"]?[name] else { return ["\(path): unresolvable $ref \(reference)"] }
            return check(instance, against: target, path: path, definition: name)
        }
        var errors = Self.checkScalar(instance, against: schema, path: path)
        if case .object(let members) = instance {
            errors += checkObject(members, against: schema, path: path, definition: definition)
        }
        if case .array(let elements) = instance, let items = schema["items"] {
            for (index, element) in elements.enumerated() {
                errors += check(element, against: items, path: "\(path)[\(index)]", definition: definition)
            }
        }
        return errors
    }

    private mutating func checkObject(_ members: [String: JSONValue], against schema: JSONValue, path: String, definition: String) -> [String] {
        var errors: [String] = []
        let properties = Self.members(of: schema["properties"])
        if case .array(let required)? = schema["required"] {
            for case .string(let key) in required where members[key] == nil { errors.append("\(path): missing required \"\(key)\"") }
        }
        for (key, value) in members.sorted(by: { $0.key < $1.key }) {
            if let property = properties[key] {
                visited.insert("\(definition).\(key)")
                errors += check(value, against: property, path: "\(path).\(key)", definition: definition)
            } else if schema["additionalProperties"] == .bool(false) {
                errors.append("\(path): unexpected property \"\(key)\"")
            }
        }
        return errors
    }

    private static func checkScalar(_ instance: JSONValue, against schema: JSONValue, path: String) -> [String] {
        var errors: [String] = []
        let types: [String]
        switch schema["type"] {
        case .string(let type)?: types = [type]
        case .array(let list)?: types = list.compactMap { if case .string(let type) = $0 { type } else { nil } }
        default: types = []
        }
        if !types.isEmpty && !types.contains(where: { matches(instance, type: $0) }) {
            errors.append("\(path): expected \(types.joined(separator: " or ")), found \(instance)")
        }
        if case .array(let allowed)? = schema["enum"], !allowed.contains(instance) {
            errors.append("\(path): \(instance) is not one of the allowed values")
        }
        if case .number(let value) = instance {
            if case .number(let minimum)? = schema["minimum"], value < minimum { errors.append("\(path): \(value) is below \(minimum)") }
            if case .number(let maximum)? = schema["maximum"], value > maximum { errors.append("\(path): \(value) is above \(maximum)") }
        }
        return errors
    }

    private static func matches(_ instance: JSONValue, type: String) -> Bool {
        switch (type, instance) {
        case ("object", .object), ("array", .array), ("string", .string), ("boolean", .bool), ("null", .null), ("number", .number): true
        case ("integer", .number(let value)): value.rounded() == value
        default: false
        }
    }

    private static func members(of value: JSONValue?) -> [String: JSONValue] {
        if case .object(let members)? = value { return members }
        return [:]
    }

    private static func propertyNames(of schema: JSONValue) -> [String] {
        Array(members(of: schema["properties"]).keys)
    }
}

extension JSONValue {
    /// The member of an object, or `nil` for a missing key or a value that is not an object.
    subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }
}
