/// Runs async work over a list with a cap on tasks in flight, keeping the results in input order.
enum OrderedConcurrency {
    /// Transforms every item, at most `concurrency` at a time; with 1 the items run strictly one after another.
    ///
    /// - Parameters:
    ///   - items: The inputs.
    ///   - concurrency: The most transforms in flight.
    ///   - transform: The work.
    /// - Returns: The results in the order of `items`.
    /// - Throws: The first error a transform throws (the others are cancelled).
    static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item],
        concurrency: Int,
        _ transform: @escaping @Sendable (Item) async throws -> Result
    ) async throws -> [Result] {
        guard concurrency > 1, items.count > 1 else {
            var results: [Result] = []
            for item in items { results.append(try await transform(item)) }
            return results
        }
        return try await withThrowingTaskGroup(of: (Int, Result).self) { group in
            var results = [Result?](repeating: nil, count: items.count)
            var next = 0
            func launch() {
                let index = next
                group.addTask { (index, try await transform(items[index])) }
                next += 1
            }
            while next < min(concurrency, items.count) { launch() }
            while let (index, result) = try await group.next() {
                results[index] = result
                if next < items.count { launch() }
            }
            return results.compactMap { $0 }
        }
    }
}
