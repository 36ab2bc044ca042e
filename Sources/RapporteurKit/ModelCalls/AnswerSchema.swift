/// The pipeline's JSON Schema builders (``Schema``), for code outside the core that asks a model for structured
/// answers the same way, such as the baselines of `RapporteurEvaluation`.
public enum AnswerSchema {
    /// Any string.
    public static let string = Schema.string

    /// An object whose properties are all required, with no others allowed.
    ///
    /// - Parameter properties: The properties and their schemas.
    /// - Returns: The schema.
    public static func object(_ properties: [String: JSONValue]) -> JSONValue {
        Schema.object(properties)
    }

    /// One of a closed set of strings.
    ///
    /// - Parameter values: The allowed values.
    /// - Returns: The schema.
    public static func oneOf(_ values: [String]) -> JSONValue {
        Schema.oneOf(values)
    }

    /// One of a closed set of strings, or `null`.
    ///
    /// - Parameter values: The allowed values besides `null`.
    /// - Returns: The schema.
    public static func oneOfOrNull(_ values: [String]) -> JSONValue {
        Schema.oneOfOrNull(values)
    }

    /// A bounded list.
    ///
    /// - Parameters:
    ///   - items: The schema of each item.
    ///   - minItems: The fewest items allowed.
    ///   - maxItems: The most items allowed.
    /// - Returns: The schema.
    public static func array(_ items: JSONValue, minItems: Int = 0, maxItems: Int) -> JSONValue {
        Schema.array(items, minItems: minItems, maxItems: maxItems)
    }
}
