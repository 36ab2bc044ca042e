import Testing

@testable import RapporteurKit

@Suite struct PointAssignerTests {
    private let points = [
        "School reopening: when schools open to more pupils",
        "Testing: testing of staff and key workers",
        "Exams: how GCSE and A-level grades are awarded",
    ]

    @Test func eachArgumentJoinsThePointItSharesTheRarestWordsWith() {
        let arguments = [
            PointAssigner.Text(id: "a1", text: "Schools will not reopen to more pupils before June."),
            PointAssigner.Text(id: "a2", text: "Testing of school staff is crucially important."),
            PointAssigner.Text(id: "a3", text: "Grades for GCSE will be awarded on teacher assessment."),
            PointAssigner.Text(id: "a4", text: "The school hubs need more key workers."),
        ]
        let assignment = PointAssigner.assign(arguments, to: points)
        #expect(assignment["a1"] == 0)
        #expect(assignment["a2"] == 1)
        #expect(assignment["a3"] == 2)
        // "school" (three of four arguments) and "more" (two) weigh less than "key" and "workers" (one each).
        #expect(assignment["a4"] == 1)
    }

    @Test func anArgumentSharingNoWordStaysUnassigned() {
        let arguments = [PointAssigner.Text(id: "a1", text: "Translation is available."), PointAssigner.Text(id: "a2", text: "Exams matter.")]
        let assignment = PointAssigner.assign(arguments, to: points)
        #expect(assignment["a1"] == nil)
        #expect(assignment["a2"] == 2)
    }

    @Test func speakersNamesAreNotMatched() {
        let points = [
            "Chairing: Dawn Bowden AM will chair if the link drops",
            "Vulnerable children: schools keep in contact with them",
        ]
        let arguments = [
            PointAssigner.Text(id: "a1", text: "Dawn Bowden AM believes schools should stay in contact with children."),
            PointAssigner.Text(id: "a2", text: "Hubs stay open."),
        ]
        let assignment = PointAssigner.assign(arguments, to: points, ignoring: ["Dawn Bowden AM", "Lynne Neagle AM"])
        #expect(assignment == ["a1": 1])
    }

    @Test func aSingleArgumentIsStillAssigned() {
        #expect(PointAssigner.assign([PointAssigner.Text(id: "a1", text: "Testing matters.")], to: points) == ["a1": 1])
    }
}
