import Foundation

/// Renders a report as the JSON of the ``Report`` model itself, deterministically (sorted keys).
///
/// The output decodes back into an equal ``Report`` with `JSONDecoder`; its shape is published as the JSON Schema
/// `docs/report.schema.json`.
public struct JSONRenderer: ReportRenderer {
    /// Creates a JSON renderer.
    public init() {}

    /// Renders a report as pretty-printed JSON with sorted keys and unescaped slashes.
    ///
    /// A report holding a number JSON cannot represent (not a number, infinity) cannot be encoded; the output is
    /// then a JSON object with a single `error` member saying why.
    ///
    /// - Parameter report: The report.
    /// - Returns: The JSON, ending with a newline.
    public func render(_ report: Report) -> String {
        Self.encode(report)
    }

    /// Encodes a value the way every JSON output of Rapporteur is written.
    ///
    /// - Parameter value: The value.
    /// - Returns: Pretty-printed JSON with sorted keys and a trailing newline, or an `error` object.
    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
        } catch {
            let failure = ["error": "the report could not be encoded as JSON: \(error)"]
            let data = (try? encoder.encode(failure)) ?? Data(#"{"error":"the report could not be encoded as JSON"}"#.utf8)
            return String(decoding: data, as: UTF8.self) + "\n"
        }
    }
}
