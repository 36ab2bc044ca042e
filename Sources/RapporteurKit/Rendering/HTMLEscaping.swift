/// Escapes text for HTML element content and quoted attribute values.
enum HTMLEscaping {
    /// Replaces `&`, `<`, `>`, `"` and `'` with character references.
    ///
    /// - Parameter text: Text from the report.
    /// - Returns: Text that cannot open or close a tag or an attribute.
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
