/// Groups a session's arguments into discussion points without the model: agglomerative clustering of their
/// TF-IDF vectors (``TermVectors``) by average linkage. Groups merge while the closest two are at least
/// ``mergeSimilarity`` alike, then on while there are more than a third of the arguments or `maxPoints`, and the
/// closest two are alike at all (``joinSimilarity``); a lone argument then joins the group it is most like, when it is like any, so that every
/// point holds at least two arguments where the session allows. The `maxPoints` largest groups are the points;
/// an argument like no other is left without one rather than forced into a point it does not belong to.
///
/// Measured against an embedding model: none is installed here (see the closing note of the extract-first
/// work); lexical similarity is what the pipeline can explain to a reviewer, and the model names each group.
struct PointGrouper: Sendable {
    /// The similarity at or above which two groups always merge.
    static let mergeSimilarity = 0.2
    /// The least similarity a lone argument needs to join a group.
    static let joinSimilarity = 0.02
    /// Arguments per point that the grouping aims at: groups that are alike at all merge until there are no more
    /// points than a third of the arguments (and `maxPoints`).
    static let argumentsPerPoint = 3

    /// The arguments' vectors.
    let vectors: TermVectors
    /// The most groups.
    let maxPoints: Int

    /// The groups, as indices into the vectors, each in index order, ordered by their first member.
    func groups() -> [[Int]] {
        var groups = vectors.vectors.indices.map { [$0] }
        guard groups.count > 1 else { return groups }
        let target = min(maxPoints, max(1, (groups.count + Self.argumentsPerPoint - 1) / Self.argumentsPerPoint))
        var cache: [[Int]: Double] = [:]
        func linkage(_ first: [Int], _ second: [Int]) -> Double {
            let key = first + [-1] + second
            if let known = cache[key] { return known }
            var total = 0.0
            for a in first { for b in second { total += vectors.similarity(a, b) } }
            let value = total / Double(first.count * second.count)
            cache[key] = value
            return value
        }
        while groups.count > 1 {
            var best: (Int, Int, Double)?
            for i in groups.indices {
                for j in groups.indices where j > i {
                    let value = linkage(groups[i], groups[j])
                    if best.map({ value > $0.2 }) ?? true { best = (i, j, value) }
                }
            }
            guard let (i, j, value) = best, value >= Self.mergeSimilarity || (groups.count > target && value >= Self.joinSimilarity) else {
                break
            }
            groups[i] = (groups[i] + groups[j]).sorted()
            groups.remove(at: j)
        }
        let lone = groups.filter { $0.count == 1 }
        guard lone.count < groups.count else { return Self.largest(groups, maxPoints) }
        var kept = groups.filter { $0.count > 1 }
        for single in lone {
            let scored = kept.indices.map { ($0, linkage(single, kept[$0])) }.max { $0.1 < $1.1 }
            if let (index, value) = scored, value >= Self.joinSimilarity {
                kept[index] = (kept[index] + single).sorted()
            } else if kept.count < maxPoints {
                kept.append(single)
            }
        }
        return Self.largest(kept, maxPoints)
    }

    /// The `count` largest groups (on a tie, the earlier), ordered by their first member.
    private static func largest(_ groups: [[Int]], _ count: Int) -> [[Int]] {
        groups.sorted { $0.count > $1.count || ($0.count == $1.count && $0[0] < $1[0]) }.prefix(count).sorted { $0[0] < $1[0] }
    }
}
