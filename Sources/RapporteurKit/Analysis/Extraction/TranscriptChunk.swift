/// A window of whole turns (or, for an overlong turn, of whole sentences) that fits one model call.
struct TranscriptChunk: Sendable, Hashable {
    /// The 0-based position of the chunk.
    var index: Int
    /// The chunk's sentences, in transcript order.
    var sentences: [Sentence]

    /// The speakers of the chunk in order of first appearance.
    var speakers: [String] {
        var seen = Set<String>()
        return sentences.map(\.speaker).filter { seen.insert($0).inserted }
    }

    /// The IDs of the chunk's sentences.
    var sentenceIDs: [Int] { sentences.map(\.id) }

    /// The chunk as fenced data, the text that opens every prompt about this chunk, byte for byte.
    var fencedText: String { DataFence.transcript(sentences) }

    /// `sentences 12–40` for messages.
    var label: String {
        guard let first = sentences.first?.id, let last = sentences.last?.id else { return "empty chunk" }
        return "chunk \(index + 1) (sentences \(first)–\(last))"
    }
}
