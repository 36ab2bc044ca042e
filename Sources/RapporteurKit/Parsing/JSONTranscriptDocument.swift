import Foundation

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

/// One element of a JSON transcript's array: the fields a turn needs, or what is wrong with them.
struct JSONTranscriptElement: Decodable {
    /// Why an element cannot be a turn, in the order the reader checks.
    enum Problem: Equatable {
        case notAnObject
        case noText
        case textNotString
        case speakerNotString
        /// The named time is not a non-negative number.
        case timeNotSeconds(String)
    }

    /// The speaker, `nil` when missing or `null`; a number is written with `%g`.
    var speaker: String?
    /// The text.
    var text = ""
    /// The start time in seconds.
    var start: Double?
    /// The end time in seconds.
    var end: Double?
    /// The first problem found, when there is one.
    var problem: Problem?

    init(from decoder: any Decoder) {
        guard let fields = try? decoder.container(keyedBy: JSONKey.self) else {
            problem = .notAnObject
            return
        }
        let textKey = JSONKey("text")
        guard let text = try? fields.decode(String.self, forKey: textKey) else {
            problem = fields.contains(textKey) ? .textNotString : .noText
            return
        }
        self.text = text
        let speakerKey = JSONKey("speaker")
        if fields.contains(speakerKey), (try? fields.decodeNil(forKey: speakerKey)) != true {
            if let name = try? fields.decode(String.self, forKey: speakerKey) {
                speaker = name
            } else if let number = try? fields.decode(Double.self, forKey: speakerKey) {
                speaker = String(format: "%g", number)
            } else {
                problem = .speakerNotString
                return
            }
        }
        start = time("start", in: fields)
        end = time("end", in: fields)
    }

    /// A time field: `nil` when missing or `null`; records a problem when it is not a non-negative number.
    private mutating func time(_ name: String, in fields: KeyedDecodingContainer<JSONKey>) -> Double? {
        let key = JSONKey(name)
        guard problem == nil, fields.contains(key), (try? fields.decodeNil(forKey: key)) != true else { return nil }
        guard let seconds = try? fields.decode(Double.self, forKey: key), seconds >= 0 else {
            problem = .timeNotSeconds(name)
            return nil
        }
        return seconds
    }
}

/// A JSON object key.
struct JSONKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }

    init(_ name: String) {
        stringValue = name
    }

    init?(stringValue: String) {
        self.stringValue = stringValue
    }

    init?(intValue: Int) {
        nil
    }
}
