/// Builders for the small JSON Schemas the pipeline sends, written to suit strict structured-output modes:
/// every object lists all its properties as required and forbids others; closed sets are `enum`s and lists are
/// bounded with `maxItems`.
///
/// Backends generate properties in the order the schema lists them; encoders of ``JSONValue`` sort keys, so
/// property names are chosen to sort into a useful order (cited IDs before the text written about them).
enum Schema {
    /// An object whose properties are all required, with no others allowed.
    ///
    /// - Parameter properties: The properties and their schemas.
    /// - Returns: The schema.
    static func object(_ properties: [String: JSONValue]) -> JSONValue {
        .object([
            "type": .string("object"),
            "properties": .object(properties),
            "required": .array(properties.keys.sorted().map(JSONValue.string)),
            "additionalProperties": .bool(false),
        ])
    }

    /// Any string.
    static let string: JSONValue = .object(["type": .string("string")])

    /// A string of at most `maxLength` characters.
    ///
    /// A small model asked for "one sentence" sometimes writes on until the token limit, repeating itself; the
    /// cap makes the server's grammar close the string instead, and ``CappedText`` tidies a text cut at its cap.
    ///
    /// - Parameter maxLength: The most characters (Unicode scalars, as grammar-constrained servers count them).
    /// - Returns: The schema.
    static func text(maxLength: Int) -> JSONValue {
        .object(["type": .string("string"), "maxLength": .number(Double(maxLength))])
    }

    /// A title of at most about 8 words.
    static let label = text(maxLength: 80)

    /// One or two sentences.
    static let sentence = text(maxLength: 300)

    /// A paragraph of 2 to 4 sentences.
    static let paragraph = text(maxLength: 700)

    /// One of a closed set of strings.
    ///
    /// - Parameter values: The allowed values.
    /// - Returns: The schema.
    static func oneOf(_ values: [String]) -> JSONValue {
        .object(["type": .string("string"), "enum": .array(values.map(JSONValue.string))])
    }

    /// One of a closed set of strings, or `null`.
    ///
    /// - Parameter values: The allowed values besides `null`.
    /// - Returns: The schema.
    static func oneOfOrNull(_ values: [String]) -> JSONValue {
        .object([
            "type": .array([.string("string"), .string("null")]),
            "enum": .array(values.map(JSONValue.string) + [.null]),
        ])
    }

    /// One of a closed set of integers (sentence IDs).
    ///
    /// - Parameter values: The allowed values.
    /// - Returns: The schema.
    static func oneOf(_ values: [Int]) -> JSONValue {
        .object(["type": .string("integer"), "enum": .array(values.map { .number(Double($0)) })])
    }

    /// A bounded list.
    ///
    /// - Parameters:
    ///   - items: The schema of each item.
    ///   - minItems: The fewest items allowed.
    ///   - maxItems: The most items allowed.
    /// - Returns: The schema.
    static func array(_ items: JSONValue, minItems: Int = 0, maxItems: Int) -> JSONValue {
        var schema: [String: JSONValue] = ["type": .string("array"), "items": items, "maxItems": .number(Double(maxItems))]
        if minItems > 0 { schema["minItems"] = .number(Double(minItems)) }
        return .object(schema)
    }
}
