/// Decides from the transcript whether a session is about digital policy, so that Diplo's digital-policy taxonomy
/// fits it: a wrong basket ("Infrastructure" for testing school staff for COVID) is worse than none.
///
/// The test counts the words of ``terms`` per 1,000 words of the transcript. Measured on the corpus: the IGF open
/// forum 20.4, the Welsh education committee 2.7, the AMI design meeting 1.6, the Canadian COVID committee 1.1, the
/// ICSI research meeting 1.0. A session at or above ``threshold`` fits.
public enum TaxonomyFit {
    /// Digital-policy terms per 1,000 words from which a session is about digital policy.
    public static let threshold = 8.0

    /// Words and two-word terms that digital-policy sessions use.
    static let terms: Set<String> = [
        "internet", "digital", "online", "cyber", "cybersecurity", "cybercrime", "data", "ai", "broadband", "connectivity",
        "platform", "platforms", "algorithm", "algorithms", "algorithmic", "privacy", "encryption", "technology",
        "technologies", "telecom", "telecommunications", "software", "ecommerce", "ict", "icts", "wsis", "igf", "cloud",
        "blockchain", "surveillance", "misinformation", "disinformation", "web", "website", "websites",
        "artificial intelligence", "social media", "domain names", "e commerce",
    ]

    /// Digital-policy terms per 1,000 words of the sentences.
    ///
    /// - Parameter sentences: The transcript's sentences.
    /// - Returns: The rate; 0 for an empty transcript.
    public static func rate(_ sentences: [Sentence]) -> Double {
        var words = 0
        var hits = 0
        for sentence in sentences {
            let tokens = ContentWords.words(sentence.text)
            words += tokens.count
            for (index, token) in tokens.enumerated() {
                if terms.contains(token) { hits += 1 }
                if index + 1 < tokens.count, terms.contains(token + " " + tokens[index + 1]) { hits += 1 }
            }
        }
        return words == 0 ? 0 : 1000 * Double(hits) / Double(words)
    }

    /// Whether the session is about digital policy.
    ///
    /// - Parameter sentences: The transcript's sentences.
    /// - Returns: `true` when ``rate(_:)`` reaches ``threshold``.
    public static func isDigitalPolicy(_ sentences: [Sentence]) -> Bool {
        rate(sentences) >= threshold
    }

    /// The report with the session's own discussion points as its topics: each argument's topic is its point,
    /// agreements and differences lose the taxonomy's topics.
    ///
    /// - Parameter report: A report whose topics came from a taxonomy that does not fit.
    /// - Returns: The report with point topics.
    public static func withPointTopics(_ report: Report) -> Report {
        var result = report
        result.speakers = report.speakers.map { section in
            var section = section
            section.arguments = section.arguments.map { argument in
                var argument = argument
                argument.topics = argument.discussionPoint.map { [TopicRef(basket: $0, topic: "")] } ?? []
                return argument
            }
            return section
        }
        result.agreements.points = report.agreements.points.map { point in
            var point = point
            point.topics = []
            return point
        }
        result.differences.viewpoints = report.differences.viewpoints.map { viewpoint in
            var viewpoint = viewpoint
            viewpoint.topics = []
            return viewpoint
        }
        return result
    }
}
