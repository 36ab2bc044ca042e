import RapporteurKit

/// The transcript, indexed the ways ``BenchmarkReport`` draws from it: by speaker and in parts.
struct BenchmarkReportMaterial {
    /// Sentences per part of the transcript.
    static let partSize = 100
    /// A speaker's sentences per argument.
    static let sentencesPerArgument = 15

    /// All sentences in order.
    let sentences: [Sentence]
    /// Speakers who have sentences, in order of first sentence.
    let speakers: [String]
    /// Each speaker's sentences in order.
    let bySpeaker: [String: [Sentence]]
    /// Consecutive runs of about ``partSize`` sentences; at least one when there are sentences.
    let parts: [ArraySlice<Sentence>]

    /// Indexes a transcript.
    ///
    /// - Parameter transcript: The transcript.
    init(transcript: Transcript) {
        let all = transcript.sentences
        sentences = all
        var order: [String] = []
        var grouped: [String: [Sentence]] = [:]
        for sentence in all {
            if grouped[sentence.speaker] == nil { order.append(sentence.speaker) }
            grouped[sentence.speaker, default: []].append(sentence)
        }
        speakers = order
        bySpeaker = grouped
        parts = stride(from: 0, to: all.count, by: Self.partSize).map { start in
            all[start..<min(start + Self.partSize, all.count)]
        }
    }

    /// The first `words` words of a sentence, as its text has them.
    ///
    /// - Parameters:
    ///   - sentence: The sentence.
    ///   - words: The most words to keep.
    /// - Returns: The excerpt.
    func excerpt(_ sentence: Sentence, words: Int) -> String {
        sentence.text.split(separator: " ").prefix(words).joined(separator: " ")
    }

    /// An excerpt citing its sentence, or `nil` without a sentence.
    ///
    /// - Parameters:
    ///   - sentence: The sentence.
    ///   - words: The most words to keep.
    /// - Returns: The cited excerpt.
    func cited(_ sentence: Sentence?, words: Int) -> CitedText? {
        sentence.map { CitedText(excerpt($0, words: words), citations: [$0.id]) }
    }

    /// One argument per 15 sentences of a speaker (at least one), each on three consecutive sentences of theirs;
    /// evidence is the first later sentence of theirs with a digit, when there is one.
    ///
    /// - Parameter speaker: The speaker.
    /// - Returns: The arguments, with IDs unique in the report.
    func arguments(of speaker: String) -> [Argument] {
        let own = bySpeaker[speaker] ?? []
        let speakerIndex = speakers.firstIndex(of: speaker) ?? 0
        let other = speakers.count > 1 ? speakers[(speakerIndex + 1) % speakers.count] : nil
        return stride(from: 0, to: own.count, by: Self.sentencesPerArgument).map { start in
            let grounds = Array(own[start..<min(start + 3, own.count)])
            let evidence = own.dropFirst(start + 3).prefix(10).first { $0.text.contains(where: \.isNumber) }
            return Argument(
                id: "s\(speakerIndex + 1)a\(start / Self.sentencesPerArgument + 1)",
                speaker: speaker,
                claim: excerpt(grounds[0], words: 12),
                explanation: CitedText(grounds.map { excerpt($0, words: 15) }.joined(separator: " … "), citations: grounds.map(\.id)),
                evidence: cited(evidence, words: 25),
                discussionPoint: excerpt(grounds[0], words: 5),
                topics: [TopicRef(basket: "Development", topic: "access")],
                agreedWith: other.map { [Argument.Relation(speaker: $0, on: "the point as stated")] } ?? [],
                citations: grounds.map(\.id)
            )
        }
    }
}
