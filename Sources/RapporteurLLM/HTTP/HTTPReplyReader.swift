import Foundation

/// Reads one HTTP/1.1 reply from a byte stream: status line, header fields, then the body framed by
/// `Transfer-Encoding: chunked`, `Content-Length`, or the end of the stream.
struct HTTPReplyReader {
    /// The longest reply head accepted, in bytes.
    static let maxHeadBytes = 64 * 1024

    private let maxBodyBytes: Int
    private let receive: () throws -> [UInt8]?
    private var buffer: [UInt8] = []
    private var start = 0

    /// Creates a reader.
    ///
    /// - Parameters:
    ///   - maxBodyBytes: The largest body accepted.
    ///   - receive: Returns the next bytes of the stream, or nil at its end.
    init(maxBodyBytes: Int, receive: @escaping () throws -> [UInt8]?) {
        self.maxBodyBytes = maxBodyBytes
        self.receive = receive
    }

    /// Reads the reply, skipping interim `1xx` replies.
    ///
    /// - Parameter isBodiless: Whether the request was `HEAD`, whose reply has no body.
    /// - Returns: The reply.
    /// - Throws: ``HTTPFailure/unreachable(_:)`` for a malformed or cut-short reply, ``HTTPFailure/tooLarge(_:)`` for a
    ///   body over the cap, and whatever `receive` throws.
    mutating func read(isBodiless: Bool = false) throws -> HTTPReply {
        var head = try readHead()
        while (100..<200).contains(head.status), head.status != 101 { head = try readHead() }
        let body: Data
        if isBodiless || head.status == 204 || head.status == 304 || (100..<200).contains(head.status) {
            body = Data()
        } else if head.headers["transfer-encoding"]?.lowercased().contains("chunked") == true {
            body = try readChunkedBody()
        } else if let field = head.headers["content-length"] {
            guard let length = Int(field.trimmingCharacters(in: .whitespaces)), length >= 0 else {
                throw HTTPFailure.unreachable("invalid Content-Length \(field)")
            }
            guard length <= maxBodyBytes else { throw HTTPFailure.tooLarge(maxBodyBytes) }
            body = try readBytes(length)
        } else {
            body = try readToEnd()
        }
        return HTTPReply(status: head.status, headers: head.headers, body: body)
    }

    /// Reads a status line and the header fields up to the blank line; names lower-cased, repeats joined with `, `.
    private mutating func readHead() throws -> (status: Int, headers: [String: String]) {
        let statusLine = try readLine(during: "the status line")
        let parts = statusLine.split(separator: " ", maxSplits: 2)
        guard parts.count >= 2, parts[0].hasPrefix("HTTP/"), let status = Int(parts[1]), (100..<1000).contains(status) else {
            throw HTTPFailure.unreachable("not an HTTP reply: \(statusLine.prefix(80))")
        }
        var headers: [String: String] = [:]
        var headBytes = statusLine.utf8.count
        while true {
            let line = try readLine(during: "the reply head")
            if line.isEmpty { break }
            headBytes += line.utf8.count + 2
            guard headBytes <= Self.maxHeadBytes else { throw HTTPFailure.unreachable("reply head too long") }
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            headers[name] = headers[name].map { "\($0), \(value)" } ?? value
        }
        return (status, headers)
    }

    /// Reads a `chunked` body: hex size lines (extensions ignored), data, and the trailer fields after the last chunk.
    private mutating func readChunkedBody() throws -> Data {
        var body = Data()
        while true {
            let line = try readLine(during: "a chunk size")
            let digits = line.split(separator: ";", maxSplits: 1).first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            guard let size = Int(digits, radix: 16), size >= 0 else { throw HTTPFailure.unreachable("invalid chunk size \(line.prefix(40))") }
            if size == 0 { break }
            guard size <= maxBodyBytes - body.count else { throw HTTPFailure.tooLarge(maxBodyBytes) }
            body.append(try readBytes(size))
            guard try readLine(during: "a chunk end").isEmpty else { throw HTTPFailure.unreachable("chunk longer than its size") }
        }
        while try !readLine(during: "the trailer").isEmpty {}
        return body
    }

    /// Reads exactly `count` bytes.
    private mutating func readBytes(_ count: Int) throws -> Data {
        while buffer.count - start < count {
            guard try fill() else { throw HTTPFailure.unreachable("the reply ended \(count - (buffer.count - start)) bytes short") }
        }
        defer { start += count }
        return Data(buffer[start..<start + count])
    }

    /// Reads until the stream ends.
    private mutating func readToEnd() throws -> Data {
        while buffer.count - start <= maxBodyBytes {
            guard try fill() else { return Data(buffer[start...]) }
        }
        throw HTTPFailure.tooLarge(maxBodyBytes)
    }

    /// Reads a line ending in CRLF (or a bare LF), without its ending.
    private mutating func readLine(during part: String) throws -> String {
        var scanned = 0
        while true {
            if let newline = buffer[(start + scanned)...].firstIndex(of: UInt8(ascii: "\n")) {
                var end = newline
                if end > start, buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                defer { start = newline + 1 }
                return String(decoding: buffer[start..<end], as: UTF8.self)
            }
            scanned = buffer.count - start
            guard scanned <= Self.maxHeadBytes else { throw HTTPFailure.unreachable("line too long in \(part)") }
            guard try fill() else { throw HTTPFailure.unreachable("the connection closed during \(part)") }
        }
    }

    /// Appends the next received bytes, dropping consumed ones first; false at the end of the stream.
    private mutating func fill() throws -> Bool {
        guard let bytes = try receive() else { return false }
        if start > 0, start >= buffer.count / 2 {
            buffer.removeFirst(start)
            start = 0
        }
        buffer.append(contentsOf: bytes)
        return true
    }
}
