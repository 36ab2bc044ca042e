import Foundation
import RapporteurKit
import Testing

@testable import RapporteurLLM

/// The compact-JSON constraint: an LLGuidance grammar in llama.cpp's `grammar` field instead of `response_format`,
/// used only where a probe shows the server honours it.
@Suite struct CompactGrammarTests {
    static func model(_ server: StubHTTPServer, constraint: OpenAICompatibleModel.OutputConstraint) -> OpenAICompatibleModel {
        var configuration = Fixtures.configuration(server, attempts: 1)
        configuration.constraint = constraint
        return OpenAICompatibleModel(configuration: configuration, modelName: "test-model")
    }

    @Test func compactGrammarSendsTheSchemaAsAnLLGuidanceGrammarWithoutWhiteSpace() async throws {
        let server = try StubHTTPServer(script: [.json(Fixtures.reply())])
        _ = try await Self.model(server, constraint: .compactGrammar).complete(Fixtures.request())
        let body = try #require(server.requests.first?.json)
        #expect(body["response_format"] == nil)
        let grammar = try #require(body["grammar"] as? String)
        #expect(grammar.hasPrefix("%llguidance {}\nstart: %json {"))
        let schema = try #require(grammar.split(separator: " ", maxSplits: 3).last.map(String.init))
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(schema.utf8)) as? [String: Any])
        #expect((parsed["x-guidance"] as? [String: Bool]) == ["whitespace_flexible": false])
        #expect(parsed["required"] as? [String] == ["speakerName"])
    }

    @Test func jsonSchemaSendsResponseFormatAndNoGrammar() async throws {
        let server = try StubHTTPServer(script: [.json(Fixtures.reply())])
        _ = try await Self.model(server, constraint: .jsonSchema).complete(Fixtures.request())
        let body = try #require(server.requests.first?.json)
        #expect(body["grammar"] == nil)
        #expect((body["response_format"] as? [String: Any])?["type"] as? String == "json_schema")
    }

    @Test(arguments: [
        (#"{"n":[1,2,3]}"#, OpenAICompatibleModel.OutputConstraint.compactGrammar),
        ("{\n  \"n\": [1, 2, 3]\n}", .jsonSchema),
        ("Sure: {\"n\":[1,2,3]}", .jsonSchema),
    ])
    func automaticKeepsTheGrammarOnlyWhenTheProbeComesBackCompact(reply: String, expected: OpenAICompatibleModel.OutputConstraint) async throws {
        let server = try StubHTTPServer { request, _ in
            request.path == "/props" ? .json(#"{"default_generation_settings":{}}"#) : .json(Fixtures.reply(content: reply))
        }
        let resolved = await Self.model(server, constraint: .automatic).resolvingConstraint()
        #expect(resolved.configuration.constraint == expected)
        #expect(server.requests.map(\.path) == ["/props", "/v1/chat/completions"])
        #expect(resolved.engine.hasSuffix(", compact JSON grammar") == (expected == .compactGrammar))
    }

    @Test func automaticUsesResponseFormatOnAServerThatIsNotLlamaCpp() async throws {
        let server = try StubHTTPServer { _, _ in .json(#"{"error":"not found"}"#, status: 404) }
        let resolved = await Self.model(server, constraint: .automatic).resolvingConstraint()
        #expect(resolved.configuration.constraint == .jsonSchema)
        #expect(server.requests.map(\.path) == ["/props"])
    }

    @Test(arguments: [
        (#"{"a":"x y","b":[1,2]}"#, true), (#"{"a": 1}"#, false), ("{\"a\":1}\n", false), (#"{"a":"#, false), (#""a b""#, true),
    ])
    func compactnessIgnoresWhiteSpaceInsideStrings(text: String, compact: Bool) {
        #expect(OpenAICompatibleModel.isCompactJSON(text) == compact)
    }
}
