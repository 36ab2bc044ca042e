import Foundation
import RapporteurKit
import RapporteurLLM
import Testing

@Suite struct CachingLanguageModelTests {
    @Test func secondIdenticalRequestIsServedFromTheCache() async throws {
        let inner = CountingModel()
        let cached = CachingLanguageModel(inner, folder: Fixtures.temporaryFolder())
        let first = try await cached.complete(Fixtures.request())
        let second = try await cached.complete(Fixtures.request())
        #expect(first.fromCache == false)
        #expect(second.fromCache == true)
        #expect(second.content == first.content)
        #expect(second.promptTokens == 10 && second.cachedPromptTokens == 2 && second.completionTokens == 5)
        #expect(inner.callCount == 1)
    }

    @Test(arguments: [
        Fixtures.request("Who spoke last?"),
        Fixtures.request(maxTokens: 65),
        Fixtures.request(temperature: 0.5),
        CompletionRequest(messages: Fixtures.request().messages, schemaName: "other", schema: Fixtures.schema, maxTokens: 64),
        CompletionRequest(messages: Fixtures.request().messages, schemaName: "first_speaker", schema: .object([:]), maxTokens: 64),
    ])
    func anyChangeToTheRequestIsAMiss(changed: CompletionRequest) async throws {
        let inner = CountingModel()
        let cached = CachingLanguageModel(inner, folder: Fixtures.temporaryFolder())
        _ = try await cached.complete(Fixtures.request())
        let response = try await cached.complete(changed)
        #expect(response.fromCache == false)
        #expect(inner.callCount == 2)
    }

    @Test func anotherModelNameIsAMiss() async throws {
        let folder = Fixtures.temporaryFolder()
        _ = try await CachingLanguageModel(CountingModel(name: "a"), folder: folder).complete(Fixtures.request())
        let other = CountingModel(name: "b")
        let response = try await CachingLanguageModel(other, folder: folder).complete(Fixtures.request())
        #expect(response.fromCache == false)
        #expect(other.callCount == 1)
    }

    @Test func resumedRunRepeatsNoFinishedCall() async throws {
        let folder = Fixtures.temporaryFolder()
        let questions = ["one", "two", "three"]
        let firstRun = CountingModel()
        for question in questions {
            _ = try await CachingLanguageModel(firstRun, folder: folder).complete(Fixtures.request(question))
        }
        let secondRun = CountingModel()
        let resumed = CachingLanguageModel(secondRun, folder: folder)
        var replies: [String] = []
        for question in questions {
            replies.append(try await resumed.complete(Fixtures.request(question)).content)
        }
        #expect(firstRun.callCount == 3)
        #expect(secondRun.callCount == 0)
        #expect(replies == questions.map { #"{"answer":"\#($0)"}"# })
    }

    @Test(arguments: [(CompletionResponse.FinishReason.length, true), (.other, false), (.stop, true)])
    func repliesCutAtTheLimitAreStoredOtherStopsAreNot(reason: CompletionResponse.FinishReason, stored: Bool) async throws {
        let inner = CountingModel(finishReason: reason)
        let folder = Fixtures.temporaryFolder()
        let cached = CachingLanguageModel(inner, folder: folder)
        _ = try await cached.complete(Fixtures.request())
        let again = try await cached.complete(Fixtures.request())
        #expect(again.fromCache == stored)
        #expect(again.finishReason == reason, "a cut-off reply comes back cut off, so the caller retries as before")
        #expect(inner.callCount == (stored ? 1 : 2))
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).count == (stored ? 1 : 0))
    }

    @Test func storesOneFilePerEntryAndNoTemporaryFiles() async throws {
        let folder = Fixtures.temporaryFolder()
        let cached = CachingLanguageModel(CountingModel(), folder: folder)
        for question in ["a", "b"] { _ = try await cached.complete(Fixtures.request(question)) }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(names.count == 2)
        #expect(names.allSatisfy { $0.hasSuffix(".json") && $0.count == 64 + 5 })
    }

    @Test func leftoversOfAKilledRunAreMisses() async throws {
        let folder = Fixtures.temporaryFolder()
        let first = CountingModel()
        _ = try await CachingLanguageModel(first, folder: folder).complete(Fixtures.request())
        let entry = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path).first)
        let entryURL = folder.appendingPathComponent(entry)
        let full = try Data(contentsOf: entryURL)
        try full.prefix(full.count / 2).write(to: entryURL)
        try full.write(to: folder.appendingPathComponent(".tmp-\(entry)-killed"))
        let second = CountingModel()
        let response = try await CachingLanguageModel(second, folder: folder).complete(Fixtures.request())
        #expect(response.fromCache == false)
        #expect(second.callCount == 1)
        #expect(try Data(contentsOf: entryURL) == full, "the torn entry was replaced whole")
    }

    @Test func concurrentCallsShareTheCacheSafely() async throws {
        let inner = CountingModel()
        let cached = CachingLanguageModel(inner, folder: Fixtures.temporaryFolder())
        let questions = (0..<8).map { "q\($0)" }
        for question in questions { _ = try await cached.complete(Fixtures.request(question)) }
        let hits = try await withThrowingTaskGroup(of: Bool.self) { group in
            for question in questions + questions { group.addTask { try await cached.complete(Fixtures.request(question)).fromCache } }
            return try await group.reduce(into: 0) { count, hit in count += hit ? 1 : 0 }
        }
        #expect(hits == 16)
        #expect(inner.callCount == 8)
    }

    @Test func passesNameEngineAndTokenCountThrough() async throws {
        let cached = CachingLanguageModel(CountingModel(name: "inner-name"), dataDirectory: DataDirectory(root: Fixtures.temporaryFolder()))
        #expect(cached.name == "inner-name")
        #expect(cached.engine == "fake")
        #expect(cached.contextTokens == 4096)
        #expect(try await cached.countTokens("abcdef") == 2)
        #expect(cached.folder.lastPathComponent == "cache")
    }
}
