import Testing

@testable import RapporteurKit

@Suite struct DiscussionStageTests {
    @Test func aPointNamedTwiceIsKeptOnceInFirstPosition() {
        typealias Point = DiscussionStage.Reply.Point
        let points = [
            Point(description: "Hubs for key workers.", heading: "School hubs"),
            Point(description: "Who asked for what.", heading: "Request for Additional Information"),
            Point(description: "The same again.", heading: " request for additional information"),
        ]
        #expect(DiscussionStage.distinct(points).map(\.description) == ["Hubs for key workers.", "Who asked for what."])
    }
}
