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

    @Test(arguments: [
        ("Arguments about Age-appropriate Technologies", "Age-appropriate Technologies"),
        ("arguments on testing in the hubs", "Testing in the hubs"),
        ("  Arguments for  Open Standards ", "Open Standards"),
        ("Arguments and counter-arguments on funding", "Arguments and counter-arguments on funding"),
        ("Arguments about ", "Arguments about"),
        ("School hubs", "School hubs"),
    ])
    func aHeadingLosesTheNotesLabel(raw: String, expected: String) {
        #expect(DiscussionStage.heading(raw) == expected)
    }
}
