/// Fast classification of Unicode scalars for word counting and sentence splitting, with an ASCII fast path.
enum ScalarClass {
    /// A letter (alphabetic scalar).
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let folded = scalar.value | 0x20
            return folded >= 0x61 && folded <= 0x7A
        }
        return scalar.properties.isAlphabetic
    }

    /// A digit or other number (½, ², Ⅻ).
    static func isNumber(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 0x30 && scalar.value <= 0x39 }
        return scalar.properties.numericType != nil
    }

    /// A letter or a number: what words are made of.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        isLetter(scalar) || isNumber(scalar)
    }

    /// A combining mark, which belongs to the scalar before it (the accent of a decomposed "é").
    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return scalar.value == 0x200D
        }
    }

    /// White space, line breaks included.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || (scalar.value >= 0x09 && scalar.value <= 0x0D) }
        return scalar.properties.isWhitespace
    }

    /// An uppercase or titlecase letter.
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 0x41 && scalar.value <= 0x5A }
        return scalar.properties.isUppercase || scalar.properties.generalCategory == .titlecaseLetter
    }

    /// A lowercase letter.
    static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 0x61 && scalar.value <= 0x7A }
        return scalar.properties.isLowercase
    }
}
