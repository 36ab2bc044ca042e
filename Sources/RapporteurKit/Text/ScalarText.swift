/// A text as an array of Unicode scalars with their positions, for scanning by offset and slicing verbatim.
struct ScalarText {
    /// The text.
    let text: String
    /// Its Unicode scalars.
    let scalars: [Unicode.Scalar]
    /// The position of every scalar in `text`.
    private let indices: [String.Index]

    /// Reads a text's scalars. O(n) in its length.
    init(_ text: String) {
        self.text = text
        let view = text.unicodeScalars
        var scalars: [Unicode.Scalar] = []
        var indices: [String.Index] = []
        scalars.reserveCapacity(text.utf8.count)
        indices.reserveCapacity(text.utf8.count)
        var index = view.startIndex
        while index < view.endIndex {
            scalars.append(view[index])
            indices.append(index)
            view.formIndex(after: &index)
        }
        self.scalars = scalars
        self.indices = indices
    }

    /// The number of scalars.
    var count: Int { scalars.count }

    /// The scalar at an offset.
    subscript(offset: Int) -> Unicode.Scalar { scalars[offset] }

    /// The text between two scalar offsets, verbatim.
    ///
    /// - Parameter range: Scalar offsets, `0...count`.
    /// - Returns: That part of the text.
    func string(_ range: Range<Int>) -> String {
        let lower = range.lowerBound < indices.count ? indices[range.lowerBound] : text.endIndex
        let upper = range.upperBound < indices.count ? indices[range.upperBound] : text.endIndex
        return String(text.unicodeScalars[lower..<upper])
    }
}
