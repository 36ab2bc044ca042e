import Foundation

/// Assigns each argument to the discussion point whose words it shares most, weighting rare words up.
///
/// The discussion-point call used to ask the model for a point number per argument as well. The embedded 1.5B
/// model answered that part by counting 1, 2, …, 6, 1, 2, … down the argument IDs in key order (measured on a
/// committee meeting: 30 of 30 arguments assigned round-robin), so the comparisons within each point compared
/// arguments with nothing in common. The assignment is now computed instead: the model names the points, and an
/// argument joins the point with the highest overlap score.
///
/// The score of an argument and a point is the sum, over the stemmed words they share (ROUGE's tokenizer and
/// stemmer), of each word's inverse document frequency `ln((N + 1) / df)` across the `N` arguments. Words most
/// arguments use ("the", "school" in a meeting about schools) weigh nearly nothing, so a point is matched on the
/// words that set an argument apart. Speakers' names are not matched: "Dawn Bowden AM believes …" is not about the
/// point "Dawn Bowden AM will chair if the link drops". An argument that shares no word with any point stays
/// unassigned.
enum PointAssigner {
    /// An argument to match: its ID and its words.
    struct Text: Sendable, Hashable {
        var id: String
        var text: String
    }

    /// The point of every argument that matches one.
    ///
    /// - Parameters:
    ///   - arguments: The arguments (claim and explanation, say).
    ///   - points: The points' texts (heading and description), in order.
    ///   - names: Words that never count as shared, such as the speakers' names.
    /// - Returns: For each assigned argument ID, the index of its point in `points`; ties go to the earlier point.
    static func assign(_ arguments: [Text], to points: [String], ignoring names: [String] = []) -> [String: Int] {
        let ignored = Set(names.flatMap { Rouge.tokenize($0, stem: true) })
        let argumentWords = arguments.map { Set(Rouge.tokenize($0.text, stem: true)).subtracting(ignored) }
        let pointWords = points.map { Set(Rouge.tokenize($0, stem: true)).subtracting(ignored) }
        var frequency: [String: Int] = [:]
        for words in argumentWords { for word in words { frequency[word, default: 0] += 1 } }
        let count = Double(arguments.count + 1)
        func weight(_ word: String) -> Double { log(count / Double(max(frequency[word] ?? 0, 1))) }
        var assignment: [String: Int] = [:]
        for (argument, words) in zip(arguments, argumentWords) {
            let scores = pointWords.map { words.intersection($0).reduce(0) { $0 + weight($1) } }
            guard let best = scores.max(), best > 0, let index = scores.firstIndex(of: best) else { continue }
            assignment[argument.id] = index
        }
        return assignment
    }
}
