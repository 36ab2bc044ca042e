import RapporteurKit

extension FixtureReport {
    static let narrative = Narrative(
        executiveSummary: [
            CitedText(
                "The forum heard that Senegal's mobile broadband reaches 92 percent of the population while 46 percent use the "
                    + "internet, and discussed how community networks and better financing could close that gap.",
                citations: [5, 8, 9]
            )
        ],
        sections: [
            Narrative.Section(
                heading: "From coverage to use",
                paragraphs: [
                    CitedText("Amina Diallo placed the barrier in affordability, devices and skills rather than in networks.", citations: [6, 7]),
                    CitedText("Her ministry's strategy adds community networks and public access points in every district by 2027.", citations: [8]),
                ]
            ),
            Narrative.Section(
                heading: "Paying for community networks",
                paragraphs: [
                    CitedText(
                        "Lucas Ferreira argued that universal service funds leave money unspent and proposed direct grants; Amina Diallo "
                            + "answered with quarterly disclosure of the fund and accepted direct applications if grants are audited.",
                        citations: [14, 15, 19, 20]
                    )
                ]
            ),
            Narrative.Section(heading: "Questions left for the regional forum", paragraphs: []),
        ],
        conclusion: [
            CitedText(
                "The session ended with a shared proposal on funding and an open question on how to measure meaningful connectivity.",
                citations: [20, 21, 23]
            )
        ]
    )

    static let agreements = Agreements(
        points: [
            Agreements.Point(
                title: "Community networks are part of closing the usage gap",
                speakers: ["Amina Diallo", "Lucas Ferreira"],
                argumentIDs: ["a3", "a5"],
                explanation: "Both treat locally run networks as a remedy where coverage exists but use does not.",
                topics: [access, infrastructure],
                citations: [8, 12, 13]
            ),
            Agreements.Point(
                title: "Communities may apply directly for funding, with proportionate audits",
                speakers: ["Amina Diallo", "Lucas Ferreira"],
                argumentIDs: ["a4", "a6"],
                explanation: "The ministry accepted direct applications and the floor accepted audits scaled to the grant.",
                topics: [finance],
                citations: [15, 20, 21]
            ),
        ],
        similarViewpoints: [
            CitedText(
                "Government and the technical community both locate the barrier in affordability and ownership rather than in coverage.",
                citations: [6, 7, 12]
            )
        ],
        unexpectedConsensus: [
            CitedText(
                "The ministry welcomed communities applying directly, the route the floor had proposed as an alternative to the fund.",
                citations: [15, 20]
            )
        ],
        assessment: Assessment(
            summary: CitedText(
                "Speakers agreed on the goal and on community networks, and narrowed their difference on financing.",
                citations: [8, 12, 16, 20]
            ),
            level: "High consensus on goals, moderate on means; the remaining difference is procedural, which makes joint follow-up likely."
        )
    )

    static let differences = Differences(
        viewpoints: [
            Differences.Viewpoint(
                title: "How to finance community connectivity",
                stances: [
                    Differences.Stance(
                        speaker: "Amina Diallo",
                        stance: "Reform universal service funds so that they finance demand, and publish their disbursements.",
                        citations: [9, 19]
                    ),
                    Differences.Stance(
                        speaker: "Lucas Ferreira",
                        stance: "Bypass the funds with small direct grants, because fund money sits unspent.",
                        citations: [14, 15]
                    ),
                ],
                explanation: "Both want money to reach communities; they differ on whether existing funds can deliver it.",
                topics: [finance, business]
            )
        ],
        unexpectedDifferences: [
            CitedText("Although both accepted direct grants, they differed on how heavy audits of small grants should be.", citations: [20, 21])
        ],
        assessment: Assessment(
            summary: CitedText(
                "One difference, on the financing channel, which the speakers partly resolved during the session.",
                citations: [14, 18, 20]
            ),
            level: "Low disagreement: it concerns means, not goals, and a compromise was on the table."
        ),
        partialAgreements: [
            CitedText("Direct applications by communities are acceptable to both, provided audits are proportionate.", citations: [20, 21])
        ]
    )

    static let takeaways = Takeaways(
        keyTakeaways: [
            CitedText("In Senegal the connectivity gap is a usage gap: 92 percent coverage, 46 percent use.", citations: [5]),
            CitedText("Community ownership is what makes community networks work.", citations: [12, 22]),
        ],
        actionItems: [
            Takeaways.ActionItem(
                text: "Publish the universal service fund's disbursements every quarter from next year",
                owner: "Senegal, Ministry of Communication",
                citations: [19]
            ),
            Takeaways.ActionItem(
                text: "Send a summary of the forum to the IGF secretariat and follow up at the regional forum in Dakar",
                owner: "Moderator",
                citations: [24]
            ),
            Takeaways.ActionItem(text: "Agree on indicators of meaningful connectivity", citations: [23]),
        ],
        unresolvedIssues: [
            CitedText("Who measures meaningful connectivity, and with which indicators, was left open.", citations: [23])
        ],
        compromises: [
            CitedText("Let communities apply directly for small grants, audited in proportion to their size.", citations: [15, 20, 21])
        ]
    )

    static let thoughtProvoking = [
        ThoughtProvokingComment(
            quote: "Connectivity without local ownership is just another extractive service.",
            speaker: "Lucas Ferreira",
            reason: "It reframes access as a question of ownership and value, not of bandwidth.",
            impact: "It explains why the speaker insisted on community ownership and direct grants.",
            citations: [22]
        ),
        ThoughtProvokingComment(
            quote: "The gap is not coverage any more, it is affordability, devices and skills.",
            speaker: "Amina Diallo",
            reason: "A government official states that building networks is no longer the main task.",
            impact: "It turned the discussion from infrastructure to financing demand.",
            citations: [6]
        ),
    ]

    static let followUpQuestions = [
        FollowUpQuestion(
            question: "Who should measure whether connectivity is meaningful, and by which indicators?",
            speaker: "Moderator",
            explanation: "The session closed on this question without an answer.",
            citations: [23]
        ),
        FollowUpQuestion(
            question: "How long does universal service fund money stay unspent, and why?",
            explanation: "The claim that money sits unspent for years was made without figures.",
            citations: [14]
        ),
    ]
}
