/// Escapes text for HTML element content and quoted attribute values.
enum HTMLEscaping {
    /// Replaces `&`, `<`, `>`, `"` and `'` with character references.
    ///
    /// The scan is over UTF-8 bytes, so a special character is escaped even when a combining mark follows it (as a
    /// `Character`, `"` plus U+0301 is not `"`, but an HTML parser still ends the attribute at the quote).
    ///
    /// - Parameter text: Text from the report.
    /// - Returns: Text that cannot open or close a tag or an attribute.
    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: isSpecial) else { return text }
        var escaped: [UInt8] = []
        escaped.reserveCapacity(text.utf8.count + 64)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): escaped.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): escaped.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): escaped.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): escaped.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): escaped.append(contentsOf: "&#39;".utf8)
            default: escaped.append(byte)
            }
        }
        return String(decoding: escaped, as: UTF8.self)
    }

    private static func isSpecial(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): true
        default: false
        }
    }
}
