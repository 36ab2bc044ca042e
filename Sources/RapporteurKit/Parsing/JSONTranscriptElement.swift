import Foundation

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
        /// The named time is past ``Timestamp/maximumSeconds``; the value as written.
        case timeTooLarge(String, Double)
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

    /// A time field: `nil` when missing or `null`; records a problem when it is not a non-negative number or is past
    /// ``Timestamp/maximumSeconds``.
    private mutating func time(_ name: String, in fields: KeyedDecodingContainer<JSONKey>) -> Double? {
        let key = JSONKey(name)
        guard problem == nil, fields.contains(key), (try? fields.decodeNil(forKey: key)) != true else { return nil }
        guard let seconds = try? fields.decode(Double.self, forKey: key), seconds >= 0 else {
            problem = .timeNotSeconds(name)
            return nil
        }
        guard seconds <= Timestamp.maximumSeconds else {
            problem = .timeTooLarge(name, seconds)
            return nil
        }
        return seconds
    }
}
