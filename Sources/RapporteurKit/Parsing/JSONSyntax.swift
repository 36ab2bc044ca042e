import Foundation

/// Parses JSON for the readers, turning syntax errors into ``InputError``s with a line.
enum JSONSyntax {
    /// Decodes JSON bytes.
    ///
    /// - Parameters:
    ///   - type: The type to decode.
    ///   - bytes: The input.
    ///   - file: The input name, for errors.
    /// - Returns: The value.
    /// - Throws: ``InputError`` with the line of the syntax error when Foundation reports its byte offset.
    static func decode<Value: Decodable>(_ type: Value.Type, from bytes: [UInt8], file: String) throws(InputError) -> Value {
        do {
            return try JSONDecoder().decode(type, from: Data(bytes))
        } catch {
            throw syntaxError(bytes, file: file)
        }
    }

    /// Describes why bytes are not JSON, with the line when it can be found.
    ///
    /// `JSONDecoder` on Linux keeps no position, so the bytes are parsed again with `JSONSerialization`, whose message
    /// says "around character N", a byte offset.
    ///
    /// - Parameters:
    ///   - bytes: The input.
    ///   - file: The input name.
    /// - Returns: The error.
    static func syntaxError(_ bytes: [UInt8], file: String) -> InputError {
        do {
            _ = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        } catch {
            let message = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
            let sentence = message.range(of: " around character").map { String(message[..<$0.lowerBound]) } ?? message
            let trimmed = sentence.hasSuffix(".") ? String(sentence.dropLast()) : sentence
            let detail = trimmed.prefix(1).lowercased() + trimmed.dropFirst()
            if message.contains("end of file") {
                let lines = bytes.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
                return InputError(file: file, line: bytes.last == UInt8(ascii: "\n") ? lines - 1 : lines, reason: "not valid JSON: \(detail)")
            }
            if let range = message.range(of: "character "), let offset = Int(message[range.upperBound...].prefix { $0.isASCIIDigit }) {
                return InputError(file: file, line: JSONElementLines.line(ofOffset: offset, in: bytes), reason: "not valid JSON: \(detail)")
            }
            return InputError(file: file, reason: "not valid JSON: \(detail)")
        }
        return InputError(file: file, reason: "not valid JSON")
    }
}
