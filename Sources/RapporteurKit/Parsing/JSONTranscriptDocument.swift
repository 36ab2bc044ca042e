/// What a JSON transcript holds, decoded as far as the reader needs it and no further.
///
/// Only the `segments` or `turns` array and each element's `text`, `speaker`, `start` and `end` are decoded; other
/// keys (a speech-to-text file's `words` arrays, metadata) are skipped, so a large file is not turned into a tree of
/// values first. Decoding never fails on the shape: a wrong shape is recorded for the reader to report.
enum JSONTranscriptDocument: Decodable {
    /// The elements, and the key of the array (`nil` for a top-level array).
    case elements(key: String?, [JSONTranscriptElement])
    /// The top-level object has `segments` or `turns`, but it is not an array.
    case notAnArray(key: String)
    /// The top-level object has neither `segments` nor `turns`; its keys.
    case objectWithout(keys: [String])
    /// The input is a single value, not an object or an array.
    case scalar

    init(from decoder: any Decoder) {
        if let object = try? decoder.container(keyedBy: JSONKey.self) {
            for name in ["segments", "turns"] where object.contains(JSONKey(name)) {
                let elements = try? object.decode([JSONTranscriptElement].self, forKey: JSONKey(name))
                self = elements.map { .elements(key: name, $0) } ?? .notAnArray(key: name)
                return
            }
            self = .objectWithout(keys: object.allKeys.map(\.stringValue))
        } else if let elements = try? decoder.singleValueContainer().decode([JSONTranscriptElement].self) {
            self = .elements(key: nil, elements)
        } else {
            self = .scalar
        }
    }
}
