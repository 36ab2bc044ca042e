/// Anchor names shared by the Markdown and HTML renderers, safe to use in a URL fragment and an `id` attribute.
enum Anchor {
    /// The anchor of a transcript sentence, e.g. `s12`.
    ///
    /// - Parameter id: The sentence ID.
    /// - Returns: The anchor.
    static func sentence(_ id: Int) -> String { "s\(id)" }

    /// The anchor of an argument, e.g. `arg-a3`.
    ///
    /// - Parameter id: The argument ID.
    /// - Returns: The anchor, with any character other than ASCII letters, digits, `-` and `_` replaced by `_`.
    static func argument(_ id: String) -> String { "arg-" + sanitized(id) }

    /// The anchor of a speaker, by position, e.g. `speaker-2`.
    ///
    /// - Parameter index: The speaker's 1-based position in the report.
    /// - Returns: The anchor.
    static func speaker(_ index: Int) -> String { "speaker-\(index)" }

    /// The anchor of a top-level section, from its (fixed) heading, e.g. `session-at-a-glance`.
    ///
    /// - Parameter heading: The heading.
    /// - Returns: The lower-cased heading with runs of other characters turned into `-`.
    static func section(_ heading: String) -> String {
        var slug = ""
        for scalar in heading.lowercased().unicodeScalars {
            if isSafe(scalar) && scalar != "_" {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty && !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        return slug.hasSuffix("-") ? String(slug.dropLast()) : slug
    }

    private static func sanitized(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { isSafe($0) ? $0 : "_" }))
    }

    private static func isSafe(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII
            && (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_")
    }
}
