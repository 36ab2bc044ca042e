import Foundation
import RapporteurKit
import RapporteurLLM

/// Requests, replies and configurations shared by the tests.
enum Fixtures {
    static let schema = JSONValue.object([
        "type": .string("object"),
        "properties": .object(["speakerName": .object(["type": .string("string")])]),
        "required": .array([.string("speakerName")]),
        "additionalProperties": .bool(false),
    ])

    static func request(_ question: String = "Who spoke first?", maxTokens: Int = 64, temperature: Double = 0) -> CompletionRequest {
        CompletionRequest(
            messages: [.init(role: "system", content: "Answer in JSON."), .init(role: "user", content: question)],
            schemaName: "first_speaker",
            schema: schema,
            maxTokens: maxTokens,
            temperature: temperature
        )
    }

    /// A chat-completion reply body; `extra` is spliced in at the top level (e.g. a `"timings"` member).
    static func reply(content: String = #"{"speakerName":"Ann"}"#, finish: String = "stop", usage: String? = nil, extra: String? = nil) -> String {
        let escaped = String(decoding: (try? JSONEncoder().encode(content)) ?? Data(), as: UTF8.self)
        var members = [
            #""id":"x","object":"chat.completion""#,
            #""choices":[{"index":0,"finish_reason":"\#(finish)","message":{"role":"assistant","content":\#(escaped)}}]"#,
        ]
        if let usage { members.append(#""usage":\#(usage)"#) }
        if let extra { members.append(extra) }
        return "{" + members.joined(separator: ",") + "}"
    }

    static func configuration(
        _ server: StubHTTPServer,
        suffix: String = "",
        apiKey: String? = nil,
        timeout: TimeInterval = 5,
        attempts: Int = 3
    ) -> OpenAICompatibleModel.Configuration {
        OpenAICompatibleModel.Configuration(
            baseURL: URL(string: server.baseURL.absoluteString + suffix) ?? server.baseURL,
            model: "test-model",
            apiKey: apiKey,
            requestTimeout: timeout,
            maxAttempts: attempts,
            backoffBase: 0.001,
            maxRetryAfter: 0.05
        )
    }

    static func model(_ server: StubHTTPServer, apiKey: String? = nil, timeout: TimeInterval = 5, attempts: Int = 3) -> OpenAICompatibleModel {
        OpenAICompatibleModel(configuration: configuration(server, apiKey: apiKey, timeout: timeout, attempts: attempts), modelName: "test-model")
    }

    static func temporaryFolder() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("rapporteur-llm-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
