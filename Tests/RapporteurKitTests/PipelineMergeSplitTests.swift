import Testing

@testable import RapporteurKit

@Suite struct PipelineMergeSplitTests {
    private static func note(_ claim: String) -> ArgumentNote {
        ArgumentNote(speaker: "A", claim: claim, explanation: "", evidence: [], citations: [1])
    }

    @Test func notesMakingTheSamePointStayTogether() {
        let groups = SpeakerMerger.splitUnrelated([
            Self.note("Schools should reopen in phases"),
            Self.note("A phased reopening of schools is needed"),
        ])
        #expect(groups.map(\.count) == [2])
    }

    @Test func unrelatedNotesBecomeArgumentsOfTheirOwnAfterTheGroup() {
        let groups = SpeakerMerger.splitUnrelated([
            Self.note("Personal sovereignty is the key message"),
            Self.note("Data portability is critical"),
            Self.note("Sovereignty of personal data is the key message"),
            Self.note("Indigenous nations are sovereign"),
        ])
        #expect(
            groups.map { $0.map(\.claim) } == [
                ["Personal sovereignty is the key message", "Sovereignty of personal data is the key message"],
                ["Data portability is critical"],
                ["Indigenous nations are sovereign"],
            ]
        )
    }

    @Test func emptyGroupYieldsNothing() {
        #expect(SpeakerMerger.splitUnrelated([]).isEmpty)
    }
}
