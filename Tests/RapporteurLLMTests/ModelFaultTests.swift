import Foundation
import RapporteurKit
import RapporteurLLM
import RapporteurTesting
import Synchronization
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Issue 14, item 8: a whole report over HTTP (the stub server answering as a plausible model) while the server fails.
@Suite(.serialized) struct ModelFaultTests {
    /// The body of a chat-completion request, as far as a plausible answer needs it.
    private struct Body: Decodable {
        struct Format: Decodable {
            struct Schema: Decodable {
                var name: String
                var schema: JSONValue
            }

            var json_schema: Schema
        }

        var messages: [CompletionRequest.Message]
        var response_format: Format
        var max_tokens: Int
    }

    /// The request the pipeline made, read back from the HTTP body.
    private static func completionRequest(_ request: StubHTTPServer.Request) -> CompletionRequest? {
        guard let body = try? JSONDecoder().decode(Body.self, from: request.body) else { return nil }
        let format = body.response_format.json_schema
        return CompletionRequest(messages: body.messages, schemaName: format.name, schema: format.schema, maxTokens: body.max_tokens)
    }

    /// A reply as a plausible model gives it (``PlausibleAnswer``), or `override`'s for the schemas it names; no
    /// `/tokenize` (as an OpenAI server), so the client estimates token counts.
    private static func plausible(_ request: StubHTTPServer.Request, override: [String: String] = [:]) -> StubHTTPServer.Response {
        guard !request.path.hasSuffix("/tokenize") else { return .json(#"{"error":"not found"}"#, status: 404) }
        guard let completion = completionRequest(request) else { return .json(#"{"error":"not a chat completion"}"#, status: 400) }
        let content =
            override[completion.schemaName]
            ?? PlausibleAnswer.encode(PlausibleAnswer.value(for: completion.schema, subject: PlausibleAnswer.subject(of: completion)))
        return .json(Fixtures.reply(content: content))
    }

    /// The chat-completion requests a server received.
    private static func chats(_ server: StubHTTPServer?) -> [StubHTTPServer.Request] {
        (server?.requests ?? []).filter { $0.path.hasSuffix("/chat/completions") }
    }

    private static func model(port: Int, timeout: TimeInterval = 5, attempts: Int = 2) -> OpenAICompatibleModel {
        let configuration = OpenAICompatibleModel.Configuration(
            baseURL: URL(string: "http://127.0.0.1:\(port)/v1") ?? URL(fileURLWithPath: "/"),
            model: "test-model",
            requestTimeout: timeout,
            maxAttempts: attempts,
            backoffBase: 0.001,
            maxRetryAfter: 0.05,
            contextTokens: 32_768
        )
        return OpenAICompatibleModel(configuration: configuration, modelName: "test-model")
    }

    private static func run(_ model: any LanguageModel) async throws -> Report {
        let transcript = FixtureReport.transcript()
        let speakers = transcript.speakers.map { speaker in
            let sentences = transcript.sentences.filter { $0.speaker == speaker.name }
            let words = sentences.reduce(0) { $0 + $1.text.split(separator: " ").count }
            return SpeakerSection(name: speaker.name, statistics: SpeakerStatistics(words: words, turns: 1, sentences: sentences.count, wordShare: 0))
        }
        let options = ReportPipeline.Options(concurrency: 1, now: { Date(timeIntervalSince1970: 1_766_000_000) })
        return try await ReportPipeline(model: model, options: options).run(
            transcript: transcript,
            speakers: speakers,
            session: SessionInfo(title: "t")
        )
    }

    @Test func aServerKilledMidReportStopsTheRunAndTheRerunRepeatsNoFinishedCall() async throws {
        let reference = try StubHTTPServer { request, _ in Self.plausible(request) }
        let expected = try await Self.run(CachingLanguageModel(Self.model(port: reference.port), folder: Fixtures.temporaryFolder()))
        let calls = Self.chats(reference).count
        try #require(calls > 6)

        // The server dies at its sixth chat request: that connection closes unanswered, later ones are refused.
        let cache = Fixtures.temporaryFolder()
        let holder = Mutex<StubHTTPServer?>(nil)
        let dying = try StubHTTPServer { request, _ in
            guard !request.path.hasSuffix("/tokenize") else { return Self.plausible(request) }
            guard holder.withLock({ Self.chats($0).count }) <= 5 else {
                holder.withLock { $0?.stop() }
                return .raw([])
            }
            return Self.plausible(request)
        }
        holder.withLock { $0 = dying }
        let error = await #expect(throws: PipelineError.self) {
            try await Self.run(CachingLanguageModel(Self.model(port: dying.port), folder: cache))
        }
        guard case .modelUnavailable(_, let cause)? = error else {
            Issue.record("expected the run to stop with modelUnavailable, got \(String(describing: error))")
            return
        }
        #expect(cause.code == .unreachable)
        #expect(error?.description.hasPrefix("stopped during ") == true)
        #expect(error?.description.contains("model server unreachable") == true, "\(String(describing: error))")
        let answered = Set(Self.chats(dying).prefix(5).map(\.body))
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache.path).count == 5, "every finished call is cached")

        let restarted = try StubHTTPServer { request, _ in Self.plausible(request) }
        let report = try await Self.run(CachingLanguageModel(Self.model(port: restarted.port), folder: cache))
        #expect(Self.chats(restarted).count == calls - 5)
        #expect(Self.chats(restarted).allSatisfy { !answered.contains($0.body) }, "a finished call was made again")
        #expect(report.metadata.usage.cachedCalls == 5)
        // The same report as an uninterrupted run, but for how it was made (the server's port, the cached calls).
        var same = report
        same.metadata = expected.metadata
        same.disclaimer = expected.disclaimer
        #expect(same == expected)
    }

    @Test func aReplyOffTheSchemaOnEveryRetryLeavesOnlyItsSectionOut() async throws {
        let offSchema = #"{"verdict": "approved", "budget": 9000000000}"#
        let server = try StubHTTPServer { request, _ in Self.plausible(request, override: ["overview": offSchema]) }
        let report = try await Self.run(Self.model(port: server.port))
        let asked = server.requests.compactMap(Self.completionRequest).filter { $0.schemaName == "overview" }
        #expect(asked.count == 2, "the call and its one retry")
        #expect(asked.last?.messages.last?.content.hasPrefix("Your previous answer was not valid") == true)
        #expect(report.summary.isEmpty && report.keyPoints.purpose == nil)
        let failures = report.diagnostics.filter { $0.severity == .error }
        #expect(failures.count == 1)
        #expect(failures.first?.message.contains("left out: model reply unusable: overview") == true, "\(failures)")
        #expect(failures.first?.message.contains("also after one retry") == true)
        let sections = Set(report.metadata.verification.map(\.section))
        #expect(sections.isSuperset(of: ["positions", "keyTakeaways", "narrative"]), "the other sections are written: \(sections)")
    }

    @Test func aServerThatAcceptsAndNeverAnswersTimesOutAndSaysSo() async throws {
        // A listening socket nobody accepts from: the kernel completes the connection, nothing ever answers.
        let (listener, port) = try SocketIO.listenOnLoopback()
        defer { close(listener) }
        let started = ContinuousClock.now
        let error = await #expect(throws: LanguageModelError.self) { try await Self.model(port: port, timeout: 0.3).complete(Fixtures.request()) }
        #expect(error?.code == .timeout)
        #expect(error?.description.hasPrefix("model call timed out: ") == true, "\(String(describing: error))")
        #expect(error?.detail.contains("300 ms") == true, "\(String(describing: error))")
        #expect(error?.detail.contains("after 2 attempts") == true)
        #expect(ContinuousClock.now - started < .seconds(20), "two attempts of 0.3 s (slack for a loaded machine, as RetryTests)")

        let runStarted = ContinuousClock.now
        let runError = await #expect(throws: PipelineError.self) { try await Self.run(Self.model(port: port, timeout: 0.3)) }
        #expect(runError?.description.contains("model call timed out") == true, "\(String(describing: runError))")
        #expect(ContinuousClock.now - runStarted < .seconds(40), "the run stops after three timed-out calls (slack as above)")
    }
}
