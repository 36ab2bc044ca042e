import RapporteurKit

extension FixtureReport {
    static let access = TopicRef(basket: "Development", topic: "access")
    static let infrastructure = TopicRef(basket: "Infrastructure", topic: "telecoms infrastructure")
    static let capacity = TopicRef(basket: "Development", topic: "capacity development")
    static let finance = TopicRef(basket: "Development", topic: "inclusive finance")
    static let business = TopicRef(basket: "Economic", topic: "digital business models")
    static let data = TopicRef(basket: "Legal and regulatory", topic: "data governance")

    static let arguments: [Argument] = [
        Argument(
            id: "a1",
            speaker: "Moderator",
            claim: "Meaningful connectivity needs agreed indicators and someone to measure them",
            explanation: CitedText(
                "The moderator closed by asking who measures whether connectivity is meaningful and with which indicators.",
                citations: [23]
            ),
            discussionPoint: "Measuring meaningful connectivity",
            topics: [access, data],
            citations: [23]
        ),
        Argument(
            id: "a2",
            speaker: "Moderator",
            claim: "The forum's results will be reported to the IGF secretariat and followed up in Dakar",
            explanation: CitedText("The moderator committed to a written summary and a follow-up at the regional forum.", citations: [24]),
            citations: [24]
        ),
        Argument(
            id: "a3",
            speaker: "Amina Diallo",
            claim: "Senegal's connectivity gap is now about use, not coverage",
            explanation: CitedText("Networks reach most people, but affordability, devices and skills keep them offline.", citations: [5, 6]),
            evidence: CitedText(
                "Mobile broadband covers 92 percent of the population while 46 percent use the internet; a basic smartphone costs "
                    + "more than a month of the rural minimum wage.",
                citations: [5, 7]
            ),
            discussionPoint: "Usage gap rather than coverage gap",
            topics: [access, infrastructure, capacity],
            agreedWith: [Argument.Relation(speaker: "Lucas Ferreira", on: "Community networks are part of closing the usage gap", argumentID: "a5")],
            citations: [5, 6, 7, 8]
        ),
        Argument(
            id: "a4",
            speaker: "Amina Diallo",
            claim: "Universal service funds should finance demand and be reformed through transparency",
            explanation: CitedText("The fund should pay for use, not only towers, and can be reformed rather than bypassed.", citations: [9, 18]),
            evidence: CitedText("Senegal will publish the fund's disbursements every quarter starting next year.", citations: [19]),
            discussionPoint: "Financing",
            topics: [finance, business],
            agreedWith: [
                Argument.Relation(speaker: "Lucas Ferreira", on: "Communities may apply directly, with proportionate audits", argumentID: "a6")
            ],
            disagreedWith: [
                Argument.Relation(speaker: "Lucas Ferreira", on: "Whether universal service funds can deliver the money", argumentID: "a6")
            ],
            citations: [9, 18, 19, 20]
        ),
        Argument(
            id: "a5",
            speaker: "Lucas Ferreira",
            claim: "Community networks succeed only when the community owns them",
            explanation: CitedText("Networks that are operator projects under another name do not deliver the same results.", citations: [12]),
            evidence: CitedText("14 villages in the Amazon were connected with spectrum the regulator lent for free.", citations: [13]),
            discussionPoint: "Community networks",
            topics: [access, infrastructure],
            agreedWith: [Argument.Relation(speaker: "Amina Diallo", on: "Community networks are part of closing the usage gap", argumentID: "a3")],
            citations: [12, 13]
        ),
        Argument(
            id: "a6",
            speaker: "Lucas Ferreira",
            claim: "Communities should receive small grants directly instead of through universal service funds",
            explanation: CitedText("Fund money sits unspent for years, so communities should apply directly for small grants.", citations: [14, 15]),
            discussionPoint: "Financing",
            topics: [finance],
            agreedWith: [
                Argument.Relation(speaker: "Amina Diallo", on: "Communities may apply directly, with proportionate audits", argumentID: "a4")
            ],
            disagreedWith: [Argument.Relation(speaker: "Amina Diallo", on: "Whether universal service funds can deliver the money")],
            citations: [14, 15, 21]
        ),
        Argument(
            id: "a7",
            speaker: "Lucas Ferreira",
            claim: "Connectivity without local ownership is extractive",
            explanation: CitedText("Access that a community does not own becomes another service that takes value out of it.", citations: [22]),
            topics: [business],
            citations: [22]
        ),
    ]
}
