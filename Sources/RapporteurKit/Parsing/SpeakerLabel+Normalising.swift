extension SpeakerLabel {
    /// A label with what cannot be seen taken out: ANSI and OSC escape sequences, control characters and invisible
    /// format characters (zero-width spaces and joiners, bidirectional marks, overrides and isolates, soft hyphens,
    /// byte order marks), white space collapsed.
    ///
    /// `Alice\u{200B}:` and `\u{1B}[31mAlice\u{1B}[0m:` name Alice: read as they are, such labels failed the rule
    /// and their lines were added to the previous speaker's turn.
    ///
    /// - Parameter label: The candidate label.
    /// - Returns: The label as it reads on screen.
    static func normalised(_ label: some StringProtocol) -> String {
        var result = String.UnicodeScalarView()
        var scalars = String(label).unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar.value {
            case 0x1B:
                switch scalars.next()?.value {
                case 0x5B?: skipControlSequence(&scalars)  // ESC [ … final byte
                case 0x5D?: skipOperatingSystemCommand(&scalars)  // ESC ] … BEL or ESC \
                default: break  // ESC and one character
                }
            case 0x9B: skipControlSequence(&scalars)
            case 0x9D: skipOperatingSystemCommand(&scalars)
            default:
                let category = scalar.properties.generalCategory
                if category != .control && category != .format { result.append(scalar) }
            }
        }
        return String(result).collapsingWhiteSpace()
    }

    /// The label a line seems to start with when the label rule refused it only for emoji or other symbols in it
    /// (`🎤 Alice: …`), so that the reader can say so instead of adding the line to the previous turn in silence.
    ///
    /// - Parameter line: A line that ``split(_:)`` did not take for a labelled one.
    /// - Returns: The label as written, or `nil` when the line does not look like a labelled one.
    static func refusedForSymbols(_ line: some StringProtocol) -> String? {
        let line = Substring(line)
        guard let colon = labelColon(in: line) else { return nil }
        let label = line[..<colon].trimmingWhiteSpace()
        guard label.count <= 120 else { return nil }
        let visible = normalised(label)
        let withoutSymbols = String(String.UnicodeScalarView(visible.unicodeScalars.filter { !isSymbol($0) })).collapsingWhiteSpace()
        guard withoutSymbols != visible, isLabel(withoutSymbols) else { return nil }
        return String(label)
    }

    private static func isSymbol(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.isEmoji && scalar.value > 0xFF { return true }
        switch scalar.properties.generalCategory {
        case .otherSymbol, .mathSymbol, .modifierSymbol, .currencySymbol, .nonspacingMark, .enclosingMark: return true
        default: return false
        }
    }

    private static func skipControlSequence(_ scalars: inout String.UnicodeScalarView.Iterator) {
        while let next = scalars.next(), !(0x40...0x7E).contains(next.value) {}
    }

    private static func skipOperatingSystemCommand(_ scalars: inout String.UnicodeScalarView.Iterator) {
        while let next = scalars.next() {
            if next.value == 0x07 || next.value == 0x9C { return }
            if next.value == 0x1B {
                _ = scalars.next()
                return
            }
        }
    }
}
