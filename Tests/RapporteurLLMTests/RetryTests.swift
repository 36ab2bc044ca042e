import Foundation
import RapporteurKit
import RapporteurLLM
import Testing

@Suite struct RetryTests {
    @Test func retriesAServerErrorThenSucceeds() async throws {
        let server = try StubHTTPServer(script: [.json(#"{"error":"busy"}"#, status: 500), .json(Fixtures.reply())])
        let response = try await Fixtures.model(server).complete(Fixtures.request())
        #expect(response.content == #"{"speakerName":"Ann"}"#)
        #expect(server.requests.count == 2)
    }

    @Test func retriesRateLimitHonouringRetryAfter() async throws {
        let limited = StubHTTPServer.Response.json(#"{"error":"slow down"}"#, status: 429, headers: ["Retry-After": "0"])
        let server = try StubHTTPServer(script: [limited, .json(Fixtures.reply())])
        var configuration = Fixtures.configuration(server)
        configuration.backoffBase = 30
        let started = ContinuousClock.now
        let response = try await OpenAICompatibleModel(configuration: configuration, modelName: "m").complete(Fixtures.request())
        #expect(response.finishReason == .stop)
        #expect(server.requests.count == 2)
        #expect(ContinuousClock.now - started < .seconds(25), "Retry-After: 0 replaces the 30 s backoff (slack for a loaded machine)")
    }

    @Test(arguments: [(503, LanguageModelError.Code.http(503)), (429, .rateLimited), (502, .http(502))])
    func exhaustedRetriesThrowTheLastFailure(status: Int, expected: LanguageModelError.Code) async throws {
        let server = try StubHTTPServer(script: [.json(#"{"error":"down"}"#, status: status)])
        let model = Fixtures.model(server, attempts: 3)
        let error = await #expect(throws: LanguageModelError.self) { try await model.complete(Fixtures.request()) }
        #expect(error?.code == expected)
        #expect(error?.detail.contains("after 3 attempts") == true)
        #expect(server.requests.count == 3)
    }

    @Test(arguments: [400, 401, 404, 422])
    func clientErrorFailsAtOnceWithTheBody(status: Int) async throws {
        let server = try StubHTTPServer(script: [.json(#"{"error":"schema not supported"}"#, status: status)])
        let error = await #expect(throws: LanguageModelError.self) { try await Fixtures.model(server).complete(Fixtures.request()) }
        #expect(error?.code == .http(status))
        #expect(error?.detail.contains("schema not supported") == true)
        #expect(server.requests.count == 1)
    }

    @Test func slowReplyTimesOutAfterRetries() async throws {
        let server = try StubHTTPServer(script: [.json(Fixtures.reply(), delay: .seconds(30))])
        let model = Fixtures.model(server, timeout: 0.3, attempts: 2)
        let started = ContinuousClock.now
        let error = await #expect(throws: LanguageModelError.self) { try await model.complete(Fixtures.request()) }
        #expect(error?.code == .timeout)
        #expect(ContinuousClock.now - started < .seconds(20), "long before the 30 s reply (slack for a loaded machine)")
        #expect(server.requests.count == 2)
    }

    @Test func refusedConnectionIsUnreachableAfterRetries() async throws {
        let port = try StubHTTPServer.closedPort()
        let configuration = OpenAICompatibleModel.Configuration(
            baseURL: try #require(URL(string: "http://127.0.0.1:\(port)/v1")),
            model: "m",
            requestTimeout: 5,
            maxAttempts: 3,
            backoffBase: 0.001
        )
        let model = OpenAICompatibleModel(configuration: configuration, modelName: "m")
        let error = await #expect(throws: LanguageModelError.self) { try await model.complete(Fixtures.request()) }
        #expect(error?.code == .unreachable)
        #expect(error?.detail.contains("after 3 attempts") == true)
    }

    @Test func cancellationStopsRetrying() async throws {
        let server = try StubHTTPServer(script: [.json(Fixtures.reply(), delay: .seconds(30))])
        let model = Fixtures.model(server, timeout: 60, attempts: 4)
        let task = Task { try await model.complete(Fixtures.request()) }
        let deadline = ContinuousClock.now + .seconds(20)
        while server.requests.isEmpty, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(20)) }
        try #require(server.requests.count == 1, "the request reached the server before the cancel")
        task.cancel()
        let started = ContinuousClock.now
        await #expect(throws: CancellationError.self) { try await task.value }
        #expect(ContinuousClock.now - started < .seconds(15), "long before the 30 s reply (slack for a loaded machine)")
        #expect(server.requests.count == 1)
    }
}
