/// Finds the input line of every element of a JSON array, so turns read from JSON keep their lines.
///
/// It walks bytes that already parsed as JSON, so it only tracks strings and nesting.
enum JSONElementLines {
    /// The 1-based line where each element of the target array begins.
    ///
    /// - Parameters:
    ///   - bytes: Valid JSON.
    ///   - key: The key of the array in the top-level object, or `nil` when the top level is the array.
    /// - Returns: One line per element, or an empty array when the target is not found.
    static func lines(in bytes: [UInt8], key: String?) -> [Int] {
        var depth = 0
        var line = 1
        var index = 0
        var lastString: [UInt8] = []
        var inTarget = false
        var expectingElement = false
        var result: [Int] = []
        let wanted = key.map { Array($0.utf8) }
        while index < bytes.count {
            let byte = bytes[index]
            if expectingElement, depth == (key == nil ? 1 : 2), !isSpace(byte), byte != UInt8(ascii: "]") {
                result.append(line)
                expectingElement = false
            }
            switch byte {
            case UInt8(ascii: "\n"): line += 1
            case UInt8(ascii: "\""):
                let end = stringEnd(in: bytes, from: index)
                lastString = Array(bytes[(index + 1)..<end])
                index = end
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                if byte == UInt8(ascii: "["), !inTarget, result.isEmpty, depth == (key == nil ? 1 : 2), key == nil || lastString == wanted {
                    inTarget = true
                    expectingElement = true
                }
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if inTarget, depth < (key == nil ? 1 : 2) { return result }
            case UInt8(ascii: ","):
                expectingElement = inTarget && depth == (key == nil ? 1 : 2)
            default: break
            }
            index += 1
        }
        return result
    }

    /// The 1-based line of a byte offset.
    ///
    /// - Parameters:
    ///   - offset: A byte offset into `bytes`.
    ///   - bytes: The input.
    /// - Returns: The line.
    static func line(ofOffset offset: Int, in bytes: [UInt8]) -> Int {
        bytes.prefix(offset).reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// The index of the quote that closes the string opening at `start`.
    private static func stringEnd(in bytes: [UInt8], from start: Int) -> Int {
        var index = start + 1
        while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
            index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
        }
        return min(index, bytes.count - 1)
    }
}
