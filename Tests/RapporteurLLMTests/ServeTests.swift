import Foundation
import RapporteurLLM
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite(.serialized) struct ServeTests {
    @Test func serveRecordsTheServerAndStopsOnSIGINT() async throws {
        let runtime = try FakeRuntime.make()
        try await runtime.install { _ in }
        let serving = Task { try await runtime.serve(contextTokens: 1024) }
        let record = try #require(await Self.waitForRecord(of: runtime))
        #expect(record.servePID == getpid())
        #expect(record.contextTokens == 1024 && record.modelName == "tiny")
        #expect(runtime.runningServer() == record)
        kill(getpid(), SIGINT)
        try await serving.value
        #expect(!FileManager.default.fileExists(atPath: runtime.serverRecordFile.path))
        #expect(kill(record.serverPID, 0) != 0, "the server process is gone")
    }

    @Test func stopServerTerminatesTheRecordedProcess() async throws {
        let runtime = try FakeRuntime.make()
        let sleeper = Process()
        sleeper.executableURL = URL(fileURLWithPath: "/bin/sh")
        sleeper.arguments = ["-c", "trap 'exit 0' TERM; while true; do sleep 0.1; done"]
        try sleeper.run()
        let record = ServerRecord(
            servePID: sleeper.processIdentifier,
            serverPID: sleeper.processIdentifier,
            port: 9,
            modelName: "m",
            contextTokens: 1,
            startedAt: Date()
        )
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        try encoder.encode(record).write(to: runtime.serverRecordFile)
        let stopped = await runtime.stopServer(grace: .seconds(5))
        #expect(stopped?.servePID == sleeper.processIdentifier)
        sleeper.waitUntilExit()
        #expect(!FileManager.default.fileExists(atPath: runtime.serverRecordFile.path))
        #expect(await runtime.stopServer() == nil)
    }

    private static func waitForRecord(of runtime: LocalModelRuntime) async -> ServerRecord? {
        for _ in 0..<300 {
            if let record = runtime.runningServer() { return record }
            try? await Task.sleep(for: .milliseconds(100))
        }
        return nil
    }
}
