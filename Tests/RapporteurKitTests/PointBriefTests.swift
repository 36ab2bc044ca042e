import Testing

@testable import RapporteurKit

@Suite struct PointBriefTests {
    private static func argument(_ id: String, _ speaker: String, cites citations: [Int], explanation: String = "because") -> Argument {
        let explained = CitedText(explanation, citations: citations.map { $0 + 100 })
        return Argument(id: id, speaker: speaker, claim: "claim \(id)", explanation: explained, citations: citations)
    }

    private static func point(_ title: String, _ members: [String]) -> DiscussionStage.Outcome {
        DiscussionStage.Outcome(
            point: KeyPoints.DiscussionPoint(title: title, description: CitedText("what was said on \(title)", citations: [1])),
            argumentIDs: members
        )
    }

    private static let arguments = [
        argument("a1", "Chair", cites: [1]),
        argument("a2", "Minister", cites: [2, 3, 4]),
        argument("a3", "Member", cites: [5, 6]),
        argument("a4", "Member", cites: [7, 8]),
    ]

    @Test func keepsThePointsRestingOnTheMostSentencesInTheOrderTheyWereNamed() {
        let points = [Self.point("Procedure", ["a1"]), Self.point("Testing", ["a2"]), Self.point("Schools", ["a3", "a4"])]
        let briefs = PointBrief.largest(of: points, arguments: Self.arguments, limit: 2)
        #expect(briefs.map(\.title) == ["Testing", "Schools"], "Schools rests on 8 sentences, Testing on 6, Procedure on 2")
        #expect(briefs[0].description == "what was said on Testing")
    }

    @Test(arguments: [0, 1, 3, 10])
    func neverGivesMoreBriefsThanTheLimitOrThePoints(limit: Int) {
        let points = [Self.point("Procedure", ["a1"]), Self.point("Testing", ["a2"]), Self.point("Schools", ["a3", "a4"])]
        #expect(PointBrief.largest(of: points, arguments: Self.arguments, limit: limit).count == min(limit, 3))
    }

    @Test func aPointWithoutKnownArgumentsGetsNoBrief() {
        let briefs = PointBrief.largest(of: [Self.point("Ghost", ["a9"]), Self.point("Testing", ["a2"])], arguments: Self.arguments, limit: 3)
        #expect(briefs.map(\.title) == ["Testing"])
    }

    @Test func theBriefReadsOnlyItsPointsArgumentsWithTheirExplanations() {
        let briefs = PointBrief.largest(of: [Self.point("Schools", ["a4", "a3"])], arguments: Self.arguments, limit: 1)
        let document = briefs[0].document
        #expect(document.ids == ["a4", "a3"], "ties keep the given order")
        #expect(document.lines == ["Arguments:", "a4 Member: claim a4 — because", "a3 Member: claim a3 — because"])
        #expect(document.citations(for: ["a3"]) == [5, 6, 105, 106], "a note rests on its claim's and explanation's sentences")
    }
}
