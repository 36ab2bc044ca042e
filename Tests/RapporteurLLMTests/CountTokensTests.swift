import Foundation
import RapporteurKit
import RapporteurLLM
import Testing

@Suite struct CountTokensTests {
    @Test func countsWithTheTokenizeEndpoint() async throws {
        let server = try StubHTTPServer(script: [.json(#"{"tokens":[9707,11,1879,0]}"#)])
        let count = try await Fixtures.model(server).countTokens("Hello, world!")
        #expect(count == 4)
        let request = try #require(server.requests.first)
        #expect(request.path == "/tokenize")
        #expect(request.json?["content"] as? String == "Hello, world!")
    }

    @Test func fallsBackToTheEstimateAfter404AndRemembers() async throws {
        let server = try StubHTTPServer(script: [.json(#"{"error":"not found"}"#, status: 404)])
        let model = Fixtures.model(server)
        let text = String(repeating: "abcdef ", count: 10)
        let first = try await model.countTokens(text)
        let second = try await model.countTokens(text)
        #expect(first == (text.utf8.count + 2) / 3)
        #expect(second == first)
        #expect(server.requests.count == 1)
    }

    @Test func serverFailureIsAnError() async throws {
        let server = try StubHTTPServer(script: [.json(#"{"error":"down"}"#, status: 503)])
        let error = await #expect(throws: LanguageModelError.self) { try await Fixtures.model(server, attempts: 2).countTokens("x") }
        #expect(error?.code == .http(503))
    }
}
