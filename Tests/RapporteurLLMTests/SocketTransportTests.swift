import Foundation
import Testing

@testable import RapporteurLLM

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The plain-socket transport behind `http://` URLs, driven through ``HTTPClient`` against the loopback stub.
@Suite struct SocketTransportTests {
    private static func request(_ server: StubHTTPServer, path: String = "/v1/x") throws -> URLRequest {
        URLRequest(url: try #require(URL(string: server.baseURL.absoluteString + path)))
    }

    private static func client(timeout: TimeInterval = 5, maxReplyBytes: Int = 1 << 20) -> HTTPClient {
        HTTPClient(timeout: timeout, maxReplyBytes: maxReplyBytes)
    }

    @Test func onlyPlainHTTPGoesOverTheSocket() throws {
        #expect(HTTPClient.usesSocket(URLRequest(url: try #require(URL(string: "http://127.0.0.1:8080/v1")))))
        #expect(HTTPClient.usesSocket(URLRequest(url: try #require(URL(string: "HTTP://lan-box/v1")))))
        #expect(!HTTPClient.usesSocket(URLRequest(url: try #require(URL(string: "https://api.example.com/v1")))))
    }

    @Test func requestCarriesMethodTargetBodyAndHeaders() async throws {
        let server = try StubHTTPServer(script: [.json("{}")])
        var request = try Self.request(server, path: "/v1/chat/completions?stream=false&n=1")
        request.httpMethod = "POST"
        request.httpBody = Data(#"{"q":"ü"}"#.utf8)
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.setValue("Bearer k-1", forHTTPHeaderField: "Authorization")
        request.setValue("yes", forHTTPHeaderField: "X-Trace")
        let reply = try await Self.client().send(request)
        #expect(reply.status == 200)
        let seen = try #require(server.requests.first)
        #expect(seen.method == "POST")
        #expect(seen.path == "/v1/chat/completions?stream=false&n=1")
        #expect(seen.body == Data(#"{"q":"ü"}"#.utf8))
        #expect(seen.headers["host"] == "127.0.0.1:\(server.port)")
        #expect(seen.headers["content-length"] == "\(seen.body.count)")
        #expect(seen.headers["content-type"] == "application/json")
        #expect(seen.headers["authorization"] == "Bearer k-1")
        #expect(seen.headers["x-trace"] == "yes")
        #expect(seen.headers["connection"] == "close")
    }

    @Test func chunkedReplyIsJoinedAcrossWrites() async throws {
        let server = try StubHTTPServer(script: [
            .raw(
                [
                    "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\n",
                    "7;ext=1\r\n{\"a\":\"b\r\n",
                    "5\r\nc\",",
                    "\"d\r\n4\r\n\":1}\r\n0\r\nX-Trailer: t\r\n\r\n",
                ],
                pause: .milliseconds(30)
            )
        ])
        let reply = try await Self.client().send(try Self.request(server))
        #expect(reply.status == 200)
        #expect(String(decoding: reply.body, as: UTF8.self) == #"{"a":"bc","d":1}"#)
    }

    @Test func replyWithoutLengthIsReadUntilClose() async throws {
        let server = try StubHTTPServer(script: [
            .raw(["HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nfirst part, ", "second part"], pause: .milliseconds(30))
        ])
        let reply = try await Self.client().send(try Self.request(server))
        #expect(String(decoding: reply.body, as: UTF8.self) == "first part, second part")
    }

    @Test func headerNamesAreCaseInsensitiveSoRetryAfterReachesTheRetryLogic() async throws {
        let server = try StubHTTPServer(script: [
            .raw(["HTTP/1.1 429 Too Many Requests\r\nRETRY-AFTER: 7\r\nX-Dup: a\r\nx-dup: b\r\nContent-Length: 2\r\n\r\n{}"])
        ])
        let reply = try await Self.client().send(try Self.request(server))
        #expect(reply.status == 429)
        #expect(reply.headers["retry-after"] == "7")
        #expect(reply.headers["x-dup"] == "a, b")
        #expect(reply.body == Data("{}".utf8))
    }

    @Test func interimContinueReplyIsSkipped() async throws {
        let server = try StubHTTPServer(script: [
            .raw(["HTTP/1.1 100 Continue\r\n\r\n", "HTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\nok"], pause: .milliseconds(20))
        ])
        let reply = try await Self.client().send(try Self.request(server))
        #expect(reply.status == 201)
        #expect(reply.body == Data("ok".utf8))
    }

    @Test(arguments: [
        "HTTP/1.1 200 OK\r\nContent-Length: 101\r\n\r\n" + String(repeating: "x", count: 101),
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n40\r\n" + String(repeating: "x", count: 64) + "\r\n40\r\n"
            + String(repeating: "x", count: 64) + "\r\n0\r\n\r\n",
        "HTTP/1.1 200 OK\r\n\r\n" + String(repeating: "x", count: 101),
    ])
    func oversizedReplyIsTooLargeWhateverItsFraming(raw: String) async throws {
        let server = try StubHTTPServer(script: [.raw([raw])])
        let client = Self.client(maxReplyBytes: 100)
        await #expect(throws: HTTPFailure.tooLarge(100)) { try await client.send(try Self.request(server)) }
    }

    @Test func replyOfExactlyTheCapIsAccepted() async throws {
        let server = try StubHTTPServer(script: [.raw(["HTTP/1.1 200 OK\r\n\r\n" + String(repeating: "x", count: 100)])])
        let reply = try await Self.client(maxReplyBytes: 100).send(try Self.request(server))
        #expect(reply.body.count == 100)
    }

    @Test func slowReplyTimesOutAtTheConfiguredLimit() async throws {
        let server = try StubHTTPServer(script: [.json("{}", delay: .seconds(30))])
        let started = ContinuousClock.now
        await #expect(throws: HTTPFailure.timeout("no reply within 300 ms")) {
            try await Self.client(timeout: 0.3).send(try Self.request(server))
        }
        let elapsed = ContinuousClock.now - started
        #expect(elapsed >= .milliseconds(290))
        #expect(elapsed < .seconds(15), "long before the 30 s reply (slack for a loaded machine)")
    }

    @Test func trickledBodyTimesOutTooBecauseTheLimitCoversTheWholeExchange() async throws {
        let parts = ["HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n", "a", "b", "c", "d", "e"]
        let server = try StubHTTPServer(script: [.raw(parts, pause: .milliseconds(200))])
        let error = await #expect(throws: HTTPFailure.self) { try await Self.client(timeout: 0.5).send(try Self.request(server)) }
        #expect(error == .timeout("no reply within 500 ms"))
    }

    @Test func cancellationWakesTheBlockedWaitAtOnce() async throws {
        let server = try StubHTTPServer(script: [.json("{}", delay: .seconds(30))])
        let request = try Self.request(server)
        let task = Task { try await Self.client(timeout: 30).send(request) }
        let deadline = ContinuousClock.now + .seconds(20)
        while server.requests.isEmpty, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(10)) }
        try #require(server.requests.count == 1, "the request reached the server before the cancel")
        let cancelled = ContinuousClock.now
        task.cancel()
        await #expect(throws: CancellationError.self) { try await task.value }
        #expect(ContinuousClock.now - cancelled < .seconds(15), "long before the 30 s reply (slack for a loaded machine)")
    }

    @Test func alreadyCancelledTaskSendsNothing() async throws {
        let server = try StubHTTPServer(script: [.json("{}")])
        let request = try Self.request(server)
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return try await Self.client().send(request)
        }
        await #expect(throws: CancellationError.self) { try await task.value }
        #expect(server.requests.isEmpty)
    }

    @Test func refusedConnectionIsUnreachable() async throws {
        let port = try StubHTTPServer.closedPort()
        let request = URLRequest(url: try #require(URL(string: "http://127.0.0.1:\(port)/health")))
        let error = await #expect(throws: HTTPFailure.self) { try await Self.client().send(request) }
        guard case .unreachable(let detail) = error else {
            Issue.record("expected unreachable, got \(String(describing: error))")
            return
        }
        #expect(detail.contains("127.0.0.1:\(port)"))
    }

    @Test(arguments: [
        ["HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc"],
        [""],
        ["SSH-2.0-OpenSSH_9.6\r\n\r\n"],
    ])
    func cutShortOrNonHTTPReplyIsUnreachable(raw: [String]) async throws {
        let server = try StubHTTPServer(script: [.raw(raw)])
        let error = await #expect(throws: HTTPFailure.self) { try await Self.client().send(try Self.request(server)) }
        guard case .unreachable = error else {
            Issue.record("expected unreachable, got \(String(describing: error))")
            return
        }
    }

    @Test func hostNameIsResolved() async throws {
        let server = try StubHTTPServer(script: [.json(#"{"ok":true}"#)])
        let request = URLRequest(url: try #require(URL(string: "http://localhost:\(server.port)/health")))
        let reply = try await Self.client().send(request)
        #expect(reply.body == Data(#"{"ok":true}"#.utf8))
        #expect(server.requests.first?.headers["host"] == "localhost:\(server.port)")
    }

    @Test(.enabled(if: SocketIO.hasIPv6Loopback))
    func ipv6LiteralHostConnects() async throws {
        let server = try StubHTTPServer(ipv6: true, script: [.json(#"{"ok":true}"#)])
        let reply = try await Self.client().send(try Self.request(server, path: "/health"))
        #expect(reply.body == Data(#"{"ok":true}"#.utf8))
        #expect(server.requests.first?.headers["host"] == "[::1]:\(server.port)")
    }
}
