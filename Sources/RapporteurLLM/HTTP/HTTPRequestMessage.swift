import Foundation

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A `URLRequest` for an `http://` URL, encoded as an HTTP/1.1 request: where to connect and the bytes to send.
struct HTTPRequestMessage: Sendable, Hashable {
    /// The host to resolve: a name or an IPv4/IPv6 literal without brackets.
    var host: String
    /// The TCP port.
    var port: Int
    /// The request method, upper-cased.
    var method: String
    /// The request head and body.
    var bytes: [UInt8]

    /// Header fields the encoder writes itself and so drops from the request's own.
    private static let managedFields: Set<String> = ["host", "content-length", "connection", "transfer-encoding"]

    /// Encodes a request: request line, `Host`, the request's own header fields, `Content-Length`, `Connection: close`.
    ///
    /// - Parameter request: The request; its URL must have a host.
    /// - Throws: ``HTTPFailure/unreachable(_:)`` when the URL has no host.
    init(_ request: URLRequest) throws {
        guard let url = request.url, let components = URLComponents(url: url, resolvingAgainstBaseURL: true),
            var host = components.host, !host.isEmpty
        else {
            throw HTTPFailure.unreachable("no host in \(request.url?.absoluteString ?? "the request")")
        }
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        self.host = host
        port = components.port ?? 80
        method = (request.httpMethod ?? "GET").uppercased()
        let body = request.httpBody ?? Data()
        var head = "\(method) \(Self.target(of: components)) HTTP/1.1\r\n"
        head += "Host: \(Self.hostField(host: host, port: components.port))\r\n"
        let fields = (request.allHTTPHeaderFields ?? [:]).filter { !Self.managedFields.contains($0.key.lowercased()) }
        for (name, value) in fields.sorted(by: { $0.key.lowercased() < $1.key.lowercased() }) {
            head += "\(Self.clean(name)): \(Self.clean(value))\r\n"
        }
        if !body.isEmpty || ["POST", "PUT", "PATCH"].contains(method) { head += "Content-Length: \(body.count)\r\n" }
        head += "Connection: close\r\n\r\n"
        bytes = Array(head.utf8) + Array(body)
    }

    /// The request target: the percent-encoded path (`/` when empty) and query.
    private static func target(of components: URLComponents) -> String {
        let path = components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath
        guard let query = components.percentEncodedQuery else { return path }
        return path + "?" + query
    }

    /// The `Host` field: IPv6 literals in brackets, the port when the URL names one.
    private static func hostField(host: String, port: Int?) -> String {
        let name = host.contains(":") ? "[\(host)]" : host
        return port.map { "\(name):\($0)" } ?? name
    }

    /// A header name or value with line breaks removed, so it cannot end the head early.
    private static func clean(_ text: String) -> String {
        String(text.unicodeScalars.filter { $0 != "\r" && $0 != "\n" })
    }
}
