/// Finds white space and line breaks in UTF-8 bytes, for the hot loops of the readers and renderers.
///
/// White space is the Unicode `White_Space` property, the set `Character.isWhitespace` and Foundation's
/// `whitespacesAndNewlines` share: U+0009–U+000D, U+0020, U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029,
/// U+202F, U+205F and U+3000. Line breaks are the scalars of `Character.isNewline`: U+000A–U+000D, U+0085, U+2028
/// and U+2029.
enum UTF8WhiteSpace {
    /// The length in bytes of the white-space scalar at `index`, or 0 when the scalar there is not white space.
    ///
    /// - Parameters:
    ///   - bytes: Valid UTF-8.
    ///   - index: The index of a scalar's first byte.
    /// - Returns: 0, 1, 2 or 3.
    @inline(__always)
    static func length(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x80 { return byte == 0x20 || (0x09...0x0D).contains(byte) ? 1 : 0 }
        guard byte == 0xC2 || byte == 0xE1 || byte == 0xE2 || byte == 0xE3, index + 1 < bytes.count else { return 0 }
        let second = bytes[index + 1]
        if byte == 0xC2 { return second == 0x85 || second == 0xA0 ? 2 : 0 }
        guard index + 2 < bytes.count else { return 0 }
        let third = bytes[index + 2]
        switch (byte, second) {
        case (0xE1, 0x9A): return third == 0x80 ? 3 : 0
        case (0xE2, 0x80): return third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF ? 3 : 0
        case (0xE2, 0x81): return third == 0x9F ? 3 : 0
        case (0xE3, 0x80): return third == 0x80 ? 3 : 0
        default: return 0
        }
    }

    /// The length in bytes of the line break at `index` (`\r\n` counts as one), or 0 when there is none.
    ///
    /// - Parameters:
    ///   - bytes: Valid UTF-8.
    ///   - index: The index of a scalar's first byte.
    /// - Returns: 0, 1, 2 or 3.
    @inline(__always)
    static func newlineLength(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x80 {
            guard (0x0A...0x0D).contains(byte) else { return 0 }
            return byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
        }
        guard byte == 0xC2 || byte == 0xE2, index + 1 < bytes.count else { return 0 }
        if byte == 0xC2 { return bytes[index + 1] == 0x85 ? 2 : 0 }
        guard index + 2 < bytes.count, bytes[index + 1] == 0x80 else { return 0 }
        return bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 ? 3 : 0
    }

    /// The text with every run of white space turned into one space, trimmed.
    ///
    /// - Parameter text: Any text.
    /// - Returns: The collapsed text.
    static func collapse(_ text: some StringProtocol) -> String {
        var utf8 = Array(text.utf8)
        let count = utf8.withUnsafeMutableBufferPointer { buffer in
            var written = 0
            var read = 0
            var pendingSpace = false
            let input = UnsafeBufferPointer(buffer)
            while read < input.count {
                let space = length(in: input, at: read)
                if space > 0 {
                    pendingSpace = written > 0
                    read += space
                    continue
                }
                if pendingSpace {
                    buffer[written] = 0x20
                    written += 1
                    pendingSpace = false
                }
                buffer[written] = input[read]
                written += 1
                read += 1
            }
            return written
        }
        return String(decoding: utf8[..<count], as: UTF8.self)
    }
}
