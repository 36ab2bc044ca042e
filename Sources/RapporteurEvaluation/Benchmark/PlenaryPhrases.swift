import RapporteurKit

/// The sentence templates and slot values of ``SyntheticPlenary``, and the slot filler.
///
/// A template holds slots in braces, e.g. `{pct}`; ``fill(_:random:exclude:)`` replaces each with a drawn value.
/// The templates imitate UN plenary statements: titles and abbreviations the sentence splitter must not break at
/// ("Mr.", "Dr.", "e.g.", "i.e.", "U.S.", "No. 5", "para. 12", "approx."), numbers the word counter must keep whole
/// ("1.5", "$1,429,100", "40%"), document symbols ("A/79/L.12"), quotes, questions and ellipses.
enum PlenaryPhrases {
    static let openings = [
        "Thank you, Mr. President.",
        "Thank you, Madam Chair, and allow me to congratulate you on your election.",
        "Thank you very much, Chair, for giving me the floor.",
        "Mr. President, distinguished delegates, ladies and gentlemen.",
        "Thank you, Chair. {country} aligns itself with the statement delivered by {group}.",
    ]

    static let statements = [
        "Our national broadband plan now reaches {pct} percent of households, up from {pct2} percent in {year}.",
        "We allocated {money} to the programme last year, i.e. roughly {dec}% of the national budget.",
        "As Dr. {name} reminded us this morning, \"{quote}.\"",
        "Operative paragraph {small} of draft resolution {doc} should be retained as drafted.",
        "We refer in particular to Art. {small} of the Convention and to para. {small2} of the outcome document.",
        "The report of the U.N. Secretary-General (document {doc}) is clear on this point.",
        "Could the Secretariat clarify how the {count} pilot projects will be evaluated?",
        "We cannot accept language that weakens the commitments made in {year}.",
        "Let me be clear: the digital divide is not a technical problem, it is a political one.",
        "Our delegation supports the proposal by the U.S. delegation on {topic}, with two amendments.",
        "Some {big} people in our rural areas still lack access to electricity, let alone the internet.",
        "We welcome the work of the CSTD, the ITU and UNESCO on {topic}.",
        "The figures speak for themselves: {pct} percent of women in least developed countries are offline, against {pct2} percent of men.",
        "We propose that the review take place no later than {year}, e.g. at the {ordinal} session.",
        "Yes, we see progress on {topic}; no, it is not enough.",
        "The estimated cost is approx. {money}, a sum well within reach of the international community.",
        "Ms. {name} of our capital will follow up in the informal consultations at {hour} p.m. on {day}.",
        "What, we ask, is the value of a commitment on {topic} without financing?",
        "Our experience with {count} community networks shows that local ownership matters... Without it, networks fail.",
        "We note with concern that only {dec} percent of official development assistance goes to {topic}.",
        "The text in brackets in para. {small} (\"{quote}\") should be deleted.",
        "We have heard many times that data is the new oil; we would rather say it is the new soil.",
        "Our parliament adopted Law No. {small} on {topic} in {year}, after {count} public hearings.",
        "Our minister of communications, Mr. {name}, launched a national strategy on {topic} in {month} {year}.",
        "We thank the co-facilitators, Ambassador {name} and Ambassador {name2}, for their tireless efforts.",
        "Is it really too much to ask that {topic} be treated as a priority?",
        "We count {count} member States among the co-sponsors, and the list remains open.",
        "The gap between urban and rural connectivity grew from {pct2} to {pct} percentage points between {year} and {year2}.",
        "Let me turn to {topic}.",
        "Multistakeholder cooperation, i.e. governments, business, civil society and the technical community, is essential.",
        "We join {country} in calling for a stronger role for the IGF in the follow-up to WSIS+20.",
        "Our small island State loses about {dec}% of its GDP each year to outages of submarine cables.",
        "We will circulate a written version of this statement, which is longer than the {minutes} minutes allowed.",
        "It is not enough to connect people; we must also protect them online, e.g. from fraud and harassment.",
    ]

    static let closings = [
        "I thank you.",
        "Thank you, Mr. President.",
        "We stand ready to engage constructively in the negotiations ahead.",
        "I thank you for your attention.",
    ]

    static let chairThanks = [
        "I thank the distinguished representative of {previous} for the statement.",
        "I thank {previous}.",
        "Thank you, {previous}.",
        "I thank the delegation of {previous} and remind speakers to keep to {minutes} minutes.",
    ]

    static let chairFloor = [
        "I now give the floor to {next}.",
        "The next speaker on my list is {next}, to be followed by {country}.",
        "{next}, you have the floor.",
        "I give the floor to the distinguished representative of {next}.",
    ]

    static let chairAgenda = [
        "We now turn to agenda item {small}, as contained in document {doc}.",
        "The General Assembly will now take up agenda item {small}, on {topic}.",
        "Before we proceed, I remind delegations that the list of speakers for item {small} closes at {hour} p.m. today.",
    ]

    static let groups = [
        "the representative of Uganda on behalf of the Group of 77 and China",
        "the European Union",
        "the representative of Malawi on behalf of the Least Developed Countries",
        "Samoa on behalf of the Alliance of Small Island States",
        "the representative of Egypt on behalf of the African Group",
    ]

    static let topics = [
        "meaningful connectivity", "artificial intelligence governance", "data protection", "the digital divide",
        "cybersecurity capacity building", "the Global Digital Compact", "the WSIS action lines", "financing for development",
        "open-source software", "digital public infrastructure", "online child protection", "submarine cable resilience",
    ]

    static let names = [
        "Amina Diallo", "Lucas Ferreira", "Kenji Tanaka", "Pavel Petrov", "J. K. Mensah", "Diego Ramírez", "Rahul Mehta",
        "Lars Larsen", "Tomás O'Connor", "Omar Al-Hassan",
    ]

    static let quotes = [
        "no one should be left behind", "connectivity without skills is an empty promise",
        "the internet must remain open, free and secure", "what is not measured is not managed",
        "digital rights are human rights",
    ]

    static let ordinals = ["eighty-first", "eighty-second", "next", "twenty-first", "thirtieth"]
    static let days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    static let months = ["January", "March", "June", "September", "November"]

    /// Replaces every `{slot}` of a template with a drawn value.
    ///
    /// - Parameters:
    ///   - template: The template.
    ///   - random: The generator values are drawn from.
    ///   - names: Fixed values for slots that name speakers (`previous`, `next`, `country`).
    /// - Returns: The sentence.
    static func fill(_ template: String, random: inout SeededGenerator, names: [String: String]) -> String {
        var result = ""
        var slot: String?
        for character in template {
            if character == "{" {
                slot = ""
            } else if character == "}", let name = slot {
                result += names[name] ?? value(for: name, random: &random)
                slot = nil
            } else if slot != nil {
                slot?.append(character)
            } else {
                result.append(character)
            }
        }
        return result
    }

    private static func value(for slot: String, random: inout SeededGenerator) -> String {
        switch slot {
        case "pct", "pct2": String(random.within(3...97))
        case "dec": "\(random.within(0...9)).\(random.within(1...9))"
        case "year", "year2": String(random.within(2005...2035))
        case "money": "$" + grouped(random.within(10_000...9_999_999))
        case "big": grouped(random.within(1_000...999_999))
        case "count": String(random.within(2...250))
        case "small", "small2": String(random.within(1...40))
        case "hour": String(random.within(1...6))
        case "minutes": String(random.within(3...5))
        case "doc": random.chance(50) ? "A/79/L.\(random.within(1...60))" : "E/CN.16/\(random.within(2015...2025))/\(random.within(2...9))"
        case "name", "name2": random.pick(names)
        case "quote": random.pick(quotes)
        case "topic": random.pick(topics)
        case "group": random.pick(groups)
        case "ordinal": random.pick(ordinals)
        case "day": random.pick(days)
        case "month": random.pick(months)
        default: slot
        }
    }

    /// `1429100` as `1,429,100`.
    private static func grouped(_ value: Int) -> String {
        let digits = Array(String(value))
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index).isMultiple(of: 3) { result.append(",") }
            result.append(digit)
        }
        return result
    }
}
