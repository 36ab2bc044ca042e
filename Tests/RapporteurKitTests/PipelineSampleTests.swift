import RapporteurTesting
import Testing

@testable import RapporteurKit

extension Sample {
    /// The system prompt and the start of every prompt about the sample meeting as one chunk.
    static var fencedMeeting: String {
        "<transcript>\n" + meeting.sentences.map(DataFence.line).joined(separator: "\n") + "\n</transcript>\n\n"
    }
}

@Suite struct PipelineSampleTests {
    @Test func sampleMeetingNumbersSentencesConsecutivelyFromOne() {
        let ids = Sample.meeting.sentences.map(\.id)
        #expect(ids == Array(1...ids.count))
        #expect(Sample.meeting.speakers.map(\.name) == ["Chair", "Alice Ngata", "Bruno Costa"])
    }
}
