import Foundation

/// Turns input bytes into text, or explains why they are not a text file Rapporteur can read.
enum InputText {
    /// Decodes UTF-8 (a byte order mark is allowed and dropped; UTF-16 is accepted too, with a byte order mark or, when
    /// its zero bytes show the byte order, without one).
    ///
    /// - Parameters:
    ///   - data: The file's bytes.
    ///   - name: The file name, for errors.
    /// - Returns: The text.
    /// - Throws: ``InputError`` for an empty file, binary data, or bytes that are not UTF-8 (naming the line of the
    ///   first bad byte).
    static func decode(_ data: Data, name: String) throws(InputError) -> String {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            guard let text = String(data: data, encoding: .utf16) else { throw binary(name) }
            return try checked(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text, name: name)
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard !bytes.isEmpty else { throw empty(name) }
        if let encoding = utf16WithoutByteOrderMark(bytes) {
            guard let text = String(data: Data(bytes), encoding: encoding) else { throw binary(name) }
            return try checked(text, name: name)
        }
        guard !bytes.contains(0) else { throw binary(name) }
        if let text = String(validating: bytes, as: UTF8.self) { return try checked(text, name: name) }
        if let offset = firstInvalidUTF8Offset(bytes) {
            guard !looksBinary(bytes) else { throw binary(name) }
            let line = bytes[..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            let byte = String(format: "0x%02X", bytes[offset])
            throw InputError(file: name, line: line, reason: "not UTF-8 text (byte \(byte) is not valid UTF-8); save the file as UTF-8")
        }
        return try checked(String(decoding: bytes, as: UTF8.self), name: name)
    }

    // MARK: - Checks

    private static func checked(_ text: String, name: String) throws(InputError) -> String {
        guard !text.allSatisfy(\.isWhitespace) else { throw InputError(file: name, reason: "the file holds only white space, no text") }
        let sample = text.unicodeScalars.prefix(8192)
        let controls = sample.filter(isControl).count
        guard controls * 10 <= sample.count else { throw binary(name) }
        return text
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0C, 0x0D: false
        case 0x00...0x1F, 0x7F...0x9F: true
        default: false
        }
    }

    /// The byte order of UTF-16 text without a byte order mark, recognised by its zero bytes: Latin text in UTF-16
    /// has a zero in every other byte. At least 8 bytes, an even count, nearly every byte on one side zero (9 in 10)
    /// and almost none on the other (1 in 20).
    private static func utf16WithoutByteOrderMark(_ bytes: [UInt8]) -> String.Encoding? {
        let sample = bytes.prefix(8192)
        guard sample.count >= 8, bytes.count % 2 == 0 else { return nil }
        let pairs = sample.count / 2
        var evenZeros = 0
        var oddZeros = 0
        for (offset, byte) in sample.enumerated() where byte == 0 {
            if offset % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
        }
        if oddZeros * 10 >= pairs * 9 && evenZeros * 20 <= pairs { return .utf16LittleEndian }
        if evenZeros * 10 >= pairs * 9 && oddZeros * 20 <= pairs { return .utf16BigEndian }
        return nil
    }

    /// Whether undecodable bytes look like a binary file rather than text in another encoding: more than a tenth of the
    /// first 8 KB are control bytes or bytes that cannot be UTF-8.
    private static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(8192)
        let suspicious = sample.filter { ($0 < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D].contains($0)) || $0 == 0x7F || $0 >= 0xF8 }
        let invalid = invalidUTF8Count(Array(sample))
        return (suspicious.count + invalid) * 10 > sample.count
    }

    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    private static func invalidUTF8Count(_ bytes: [UInt8]) -> Int {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var count = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid: continue
            case .emptyInput: return count
            case .error(let length): count += length
            }
        }
    }

    private static func empty(_ name: String) -> InputError {
        InputError(file: name, reason: "the file is empty")
    }

    private static func binary(_ name: String) -> InputError {
        InputError(file: name, reason: "binary data, not a text transcript")
    }
}
