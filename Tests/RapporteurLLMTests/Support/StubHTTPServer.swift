import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A scripted HTTP/1.1 server on 127.0.0.1 for tests: answers each request with the handler's response and records it.
final class StubHTTPServer: Sendable {
    /// A request as the server saw it.
    struct Request: Sendable {
        var method: String
        var path: String
        var headers: [String: String]
        var body: Data

        /// The body parsed as JSON, if it is JSON.
        var json: [String: Any]? {
            (try? JSONSerialization.jsonObject(with: body)) as? [String: Any]
        }
    }

    /// A scripted response.
    struct Response: Sendable {
        var status: Int
        var headers: [String: String] = [:]
        var body: Data
        var delay: Duration = .zero
        /// When not empty, the whole reply as written to the socket, part by part, `pause` apart (head included).
        var raw: [Data] = []
        var pause: Duration = .zero

        static func json(_ text: String, status: Int = 200, headers: [String: String] = [:], delay: Duration = .zero) -> Response {
            Response(status: status, headers: headers, body: Data(text.utf8), delay: delay)
        }

        /// A reply written verbatim (head and body, so framing can be anything), in parts `pause` apart.
        static func raw(_ parts: [String], pause: Duration = .zero, delay: Duration = .zero) -> Response {
            Response(status: 0, body: Data(), delay: delay, raw: parts.map { Data($0.utf8) }, pause: pause)
        }
    }

    let port: Int
    private let listener: Int32
    private let recorded = Mutex<[Request]>([])
    private let handler: @Sendable (Request, Int) -> Response

    private let host: String

    var baseURL: URL { URL(string: "http://\(host):\(port)") ?? URL(fileURLWithPath: "/") }
    var requests: [Request] { recorded.withLock { $0 } }

    /// Starts a server whose `n`-th request (0-based) gets `script[min(n, script.count - 1)]`.
    convenience init(ipv6: Bool = false, script: [Response]) throws {
        try self.init(ipv6: ipv6) { _, index in script[min(index, script.count - 1)] }
    }

    /// Starts a server that asks `handler` for each response, with the request and its 0-based index.
    /// Listens on `::1` instead of `127.0.0.1` when `ipv6` is set.
    init(ipv6: Bool = false, handler: @escaping @Sendable (Request, Int) -> Response) throws {
        self.handler = handler
        host = ipv6 ? "[::1]" : "127.0.0.1"
        (listener, port) = try ipv6 ? SocketIO.listenOnIPv6Loopback() : SocketIO.listenOnLoopback()
        Thread.detachNewThread { [self] in acceptLoop() }
    }

    /// Closes the listening socket; connections in progress finish on their own.
    func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    deinit { stop() }

    private func acceptLoop() {
        while true {
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else { return }
            Thread.detachNewThread { [self] in serve(connection) }
        }
    }

    private func serve(_ connection: Int32) {
        defer { close(connection) }
        guard let request = SocketIO.readRequest(connection) else { return }
        let index = recorded.withLock { list in
            list.append(request)
            return list.count - 1
        }
        let response = handler(request, index)
        if response.delay > .zero { Thread.sleep(forTimeInterval: Self.seconds(response.delay)) }
        if !response.raw.isEmpty {
            for (index, part) in response.raw.enumerated() {
                if index > 0, response.pause > .zero { Thread.sleep(forTimeInterval: Self.seconds(response.pause)) }
                SocketIO.send(part, to: connection)
            }
            return
        }
        var head = "HTTP/1.1 \(response.status) Stub\r\nContent-Type: application/json\r\n"
        head += "Content-Length: \(response.body.count)\r\nConnection: close\r\n"
        for (name, value) in response.headers { head += "\(name): \(value)\r\n" }
        SocketIO.send(Data((head + "\r\n").utf8) + response.body, to: connection)
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// A loopback port with nothing listening on it (bound, then closed).
    static func closedPort() throws -> Int {
        let (descriptor, port) = try SocketIO.listenOnLoopback()
        close(descriptor)
        return port
    }
}
