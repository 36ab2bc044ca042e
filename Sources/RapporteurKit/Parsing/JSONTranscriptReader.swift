import Foundation

/// Reads JSON transcripts: speech-to-text `segments` and plain `turns` lists.
///
/// Accepted shapes (other keys are ignored, e.g. `words`, `channel`, `id`):
/// - `{"segments": [{"start", "end", "text", "speaker"?}]}`, as faster-whisper, whisper and WhisperX write it;
/// - a top-level array of such segments;
/// - `{"turns": [{"speaker", "text", "start"?, "end"?}]}`, the shape of the evaluation corpus.
///
/// A missing or `null` speaker gives a turn of ``TranscriptReader/unidentifiedSpeaker`` with a warning. Each turn
/// keeps the line where its element begins.
enum JSONTranscriptReader {
    static let expectedShape =
        #"expected {"segments": [{start, end, text, speaker?}]}, {"turns": [{speaker, text, start?, end?}]} or an array of segments"#

    /// Reads a JSON transcript.
    ///
    /// - Parameters:
    ///   - text: The decoded input.
    ///   - file: The input name, for diagnostics and errors.
    /// - Returns: The turns and warnings.
    /// - Throws: ``InputError`` for a syntax error (with its line), a wrong shape (naming what was expected), or an
    ///   element with a missing or mistyped field, or times that run backwards (naming the element and its line).
    static func read(_ text: String, file: String) throws(InputError) -> RawTranscript {
        let bytes = Array(text.utf8)
        let value = try JSONSyntax.parse(bytes, file: file)
        let (key, elements) = try elements(of: value, file: file)
        let lines = JSONElementLines.lines(in: bytes, key: key)
        var collector = TurnCollector(file: file)
        for (offset, element) in elements.enumerated() {
            let place = Place(key: key ?? "", index: offset, line: offset < lines.count ? lines[offset] : nil, file: file)
            let turn = try place.turn(from: element)
            collector.begin(speaker: turn.speaker, text: turn.text, start: turn.start, end: turn.end, line: place.line)
        }
        return collector.finish(format: .json)
    }

    private static func elements(of value: JSONValue, file: String) throws(InputError) -> (key: String?, elements: [JSONValue]) {
        switch value {
        case .array(let elements):
            return (nil, elements)
        case .object(let object):
            for key in ["segments", "turns"] {
                guard let found = object[key] else { continue }
                guard case .array(let elements) = found else {
                    throw InputError(file: file, reason: "\"\(key)\" is not an array; \(expectedShape)")
                }
                return (key, elements)
            }
            let keys = object.keys.sorted().prefix(10).map { "\"\($0)\"" }.joined(separator: ", ")
            throw InputError(file: file, reason: "\(expectedShape); found an object with keys \(keys.isEmpty ? "(none)" : keys)")
        default:
            throw InputError(file: file, reason: "\(expectedShape); found a single value")
        }
    }

    /// One element of the array, for reading its fields and naming it in errors.
    private struct Place {
        var key: String
        var index: Int
        var line: Int?
        var file: String

        func turn(from element: JSONValue) throws(InputError) -> (speaker: String?, text: String, start: Double?, end: Double?) {
            guard case .object(let fields) = element else { throw error("is not an object") }
            guard case .string(let text) = fields["text"] else {
                throw error(fields["text"] == nil ? "has no \"text\"" : "has a \"text\" that is not a string")
            }
            let speaker: String?
            switch fields["speaker"] {
            case nil, .null: speaker = nil
            case .string(let name): speaker = name
            case .number(let number): speaker = String(format: "%g", number)
            default: throw error("has a \"speaker\" that is not a string")
            }
            let start = try time(fields["start"], "start")
            let end = try time(fields["end"], "end")
            if let start, let end, end < start { throw error("ends (\(end) s) before it starts (\(start) s)") }
            return (speaker, text, start, end)
        }

        private func time(_ value: JSONValue?, _ name: String) throws(InputError) -> Double? {
            switch value {
            case nil, .null: return nil
            case .number(let seconds) where seconds >= 0: return seconds
            default: throw error("has a \"\(name)\" that is not a number of seconds")
            }
        }

        private func error(_ problem: String) -> InputError {
            let name = key.isEmpty ? "element \(index)" : "\(key)[\(index)]"
            return InputError(file: file, line: line, reason: "\(name) \(problem); \(JSONTranscriptReader.expectedShape)")
        }
    }
}
