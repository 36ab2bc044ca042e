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
        let document = try JSONSyntax.decode(JSONTranscriptDocument.self, from: bytes, file: file)
        let (key, elements) = try elements(of: document, file: file)
        let lines = JSONElementLines.lines(in: bytes, key: key)
        var collector = TurnCollector(file: file)
        for (offset, element) in elements.enumerated() {
            let place = Place(key: key ?? "", index: offset, line: offset < lines.count ? lines[offset] : nil, file: file)
            try place.check(element)
            collector.begin(speaker: element.speaker, text: element.text, start: element.start, end: element.end, line: place.line)
        }
        return collector.finish(format: .json)
    }

    private static func elements(
        of document: JSONTranscriptDocument,
        file: String
    ) throws(InputError) -> (key: String?, elements: [JSONTranscriptElement]) {
        switch document {
        case .elements(let key, let elements):
            return (key, elements)
        case .notAnArray(let key):
            throw InputError(file: file, reason: "\"\(key)\" is not an array; \(expectedShape)")
        case .objectWithout(let keys):
            let names = keys.sorted().prefix(10).map { "\"\($0)\"" }.joined(separator: ", ")
            throw InputError(file: file, reason: "\(expectedShape); found an object with keys \(names.isEmpty ? "(none)" : names)")
        case .scalar:
            throw InputError(file: file, reason: "\(expectedShape); found a single value")
        }
    }

    /// One element of the array, for naming it in errors.
    private struct Place {
        var key: String
        var index: Int
        var line: Int?
        var file: String

        func check(_ element: JSONTranscriptElement) throws(InputError) {
            switch element.problem {
            case .notAnObject: throw error("is not an object")
            case .noText: throw error("has no \"text\"")
            case .textNotString: throw error("has a \"text\" that is not a string")
            case .speakerNotString: throw error("has a \"speaker\" that is not a string")
            case .timeNotSeconds(let name): throw error("has a \"\(name)\" that is not a number of seconds")
            case .timeTooLarge(let name, let seconds):
                throw error("has a \"\(name)\" of \(seconds) s, \(Timestamp.limitPhrase)", showingShape: false)
            case nil: break
            }
            if let start = element.start, let end = element.end, end < start {
                throw error("ends (\(end) s) before it starts (\(start) s)")
            }
        }

        private func error(_ problem: String, showingShape: Bool = true) -> InputError {
            let name = key.isEmpty ? "element \(index)" : "\(key)[\(index)]"
            let shape = showingShape ? "; \(JSONTranscriptReader.expectedShape)" : ""
            return InputError(file: file, line: line, reason: "\(name) \(problem)\(shape)")
        }
    }
}
