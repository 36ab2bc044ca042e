import RapporteurEvaluation
import RapporteurKit
import Testing

@Suite struct EvaluationSpeakerNameMatcherTests {
    /// Speakers of the Canadian COVID-19 committee item, as a report could name them after merging labels.
    static let committee = SpeakerNameMatcher(candidates: [
        .init(name: "The Chair (Hon. Anthony Rota (NipissingTimiskaming, Lib.))"),
        .init(name: "Right Hon. Justin Trudeau (Prime Minister)"),
        .init(name: "Hon. Navdeep Bains (MississaugaMalton, Lib.)"),
        .init(name: "Bill Morneau", role: "Minister of Finance"),
        .init(name: "Hon. Deb Schulte (Minister of Seniors)"),
        .init(name: "Hon. Bill Blair", role: "Minister of Public Safety and Emergency Preparedness"),
        .init(name: "The Acting Chair (Mr. Bruce Stanton)"),
        .init(name: "Mrs. Tracy Gray"),
        .init(name: "Mr. Yves-François Blanchet"),
    ])

    @Test(
        arguments: [
            ("Bains", "Hon. Navdeep Bains (MississaugaMalton, Lib.)"),
            ("Morneau", "Bill Morneau"),
            ("Minister Morneau", "Bill Morneau"),
            ("the Minister of Finance", "Bill Morneau"),
            ("Prime Minister", "Right Hon. Justin Trudeau (Prime Minister)"),
            ("Justin Trudeau", "Right Hon. Justin Trudeau (Prime Minister)"),
            ("Minister of Seniors", "Hon. Deb Schulte (Minister of Seniors)"),
            ("the Chair", "The Chair (Hon. Anthony Rota (NipissingTimiskaming, Lib.))"),
            ("Anthony Rota", "The Chair (Hon. Anthony Rota (NipissingTimiskaming, Lib.))"),
            ("Acting Chair", "The Acting Chair (Mr. Bruce Stanton)"),
            ("Ms. GRAY", "Mrs. Tracy Gray"),
            ("Yves-Francois Blanchet", "Mr. Yves-François Blanchet"),
            ("Public Safety", "Hon. Bill Blair"),
        ] as [(String, String)]
    )
    func matchesCommitteeSpeakers(mention: String, expected: String) {
        #expect(Self.committee.match(mention) == expected)
    }

    @Test(arguments: ["Bill", "Minister", "Freeland", "", "the meeting"])
    func ambiguousOrUnknownMentionsMatchNobody(mention: String) {
        #expect(Self.committee.match(mention) == nil)
    }

    @Test(arguments: [
        ("Marketing", "Marketing"),
        ("the marketing expert", "Marketing"),
        ("Industrial Designer", "Industrial Designer"),
        ("the user interface designer", "User Interface"),
        ("project manager", "Project Manager"),
    ])
    func matchesAMIRoleLabels(mention: String, expected: String) {
        let matcher = SpeakerNameMatcher(
            candidates: ["Project Manager", "Marketing", "User Interface", "Industrial Designer"].map { .init(name: $0) }
        )
        #expect(matcher.match(mention) == expected)
    }

    @Test func matchesICSICodesAndWelshMembers() {
        let icsi = SpeakerNameMatcher(candidates: ["me010", "mn015", "me012"].map { .init(name: $0) })
        #expect(icsi.match("ME010") == "me010")
        #expect(icsi.match("me011") == nil)
        let wales = SpeakerNameMatcher(candidates: ["Kirsty Williams AM", "Suzy Davies AM", "Steve Davies"].map { .init(name: $0) })
        #expect(wales.match("Kirsty Williams") == "Kirsty Williams AM")
        #expect(wales.match("Kirsty Williams AM") == "Kirsty Williams AM")
        #expect(wales.match("Suzy Davies") == "Suzy Davies AM")
        #expect(wales.match("Davies") == nil)
    }
}
