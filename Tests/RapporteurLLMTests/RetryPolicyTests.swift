import Foundation
import Testing

@testable import RapporteurLLM

@Suite struct RetryPolicyTests {
    private let policy = RetryPolicy(maxAttempts: 4, backoffBase: 2, maxBackoff: 60, maxRetryAfter: 30)

    @Test(arguments: [(1, 2.0), (2, 4.0), (3, 8.0), (10, 60.0)])
    func backoffDoublesUpToTheCap(attempt: Int, expected: Double) {
        #expect(policy.delay(afterAttempt: attempt, retryAfter: nil) == expected)
    }

    @Test(arguments: [("7", 7.0), (" 0 ", 0.0), ("3600", 30.0), ("Wed, 21 Oct 2015 07:28:00 GMT", 2.0), ("-5", 2.0)])
    func retryAfterSecondsReplaceTheBackoffWithinTheCap(header: String, expected: Double) {
        #expect(policy.delay(afterAttempt: 1, retryAfter: header) == expected)
    }

    @Test(arguments: [
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),
        ("http://127.0.0.1:8080/v1/", "http://127.0.0.1:8080"),
        ("https://api.example.com/openai/v1", "https://api.example.com/openai"),
    ])
    func rootDropsTrailingV1(base: String, expected: String) throws {
        #expect(APIClient.root(of: try #require(URL(string: base))).absoluteString == expected)
    }
}
