import Foundation
import Testing

@testable import RapporteurLLM

/// The HTTP/1.1 reply parser, fed from memory in pieces of every size, so framing never depends on how reads split.
@Suite struct HTTPReplyReaderTests {
    private static let chunked =
        "HTTP/1.1 200 OK\r\ntransfer-encoding: Chunked\r\nRetry-After: 3\r\n\r\n"
        + "4\r\nWiki\r\n5;name=v\r\npedia\r\nE\r\n in\r\n\r\nchunks.\r\n0\r\nExpires: never\r\n\r\n"

    /// A reader over `text`, handing out `piece` bytes per receive.
    private static func reader(_ text: String, piece: Int, maxBodyBytes: Int = 1 << 20) -> HTTPReplyReader {
        let bytes = Array(text.utf8)
        var offset = 0
        return HTTPReplyReader(maxBodyBytes: maxBodyBytes) {
            guard offset < bytes.count else { return nil }
            defer { offset += piece }
            return Array(bytes[offset..<min(offset + piece, bytes.count)])
        }
    }

    @Test(arguments: [1, 2, 3, 7, 64, 4096])
    func chunkedBodyDecodesWhateverThePieceSize(piece: Int) throws {
        var reader = Self.reader(Self.chunked, piece: piece)
        let reply = try reader.read()
        #expect(reply.status == 200)
        #expect(String(decoding: reply.body, as: UTF8.self) == "Wikipedia in\r\n\r\nchunks.")
        #expect(reply.headers["retry-after"] == "3")
    }

    @Test(arguments: [1, 5, 4096])
    func contentLengthStopsAtTheDeclaredLength(piece: Int) throws {
        var reader = Self.reader("HTTP/1.1 503 Busy\nContent-Length: 4\n\nbusyTRAILING-GARBAGE", piece: piece)
        let reply = try reader.read()
        #expect(reply.status == 503)
        #expect(reply.body == Data("busy".utf8))
    }

    @Test func noContentReplyHasNoBodyEvenIfTheStreamGoesOn() throws {
        var reader = Self.reader("HTTP/1.1 204 No Content\r\n\r\nignored", piece: 100)
        #expect(try reader.read().body.isEmpty)
    }

    @Test func headReplyHasNoBodyDespiteItsLength() throws {
        var reader = Self.reader("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n", piece: 100)
        let reply = try reader.read(isBodiless: true)
        #expect(reply.headers["content-length"] == "1000")
        #expect(reply.body.isEmpty)
    }

    @Test func declaredLengthOverTheCapFailsBeforeReading() throws {
        var received = 0
        var reader = HTTPReplyReader(maxBodyBytes: 10) {
            received += 1
            return received == 1 ? Array("HTTP/1.1 200 OK\r\nContent-Length: 11\r\n\r\n".utf8) : nil
        }
        #expect(throws: HTTPFailure.tooLarge(10)) { try reader.read() }
        #expect(received == 1)
    }

    @Test(arguments: [
        "HTTP/1.1 200 OK\r\nContent-Length: ten\r\n\r\n",
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n0\r\n\r\n",
        "HTTP/1.1 OK\r\n\r\n",
        "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n",
    ])
    func malformedReplyIsUnreachable(text: String) throws {
        var reader = Self.reader(text, piece: 4096)
        let error = #expect(throws: HTTPFailure.self) { try reader.read() }
        guard case .unreachable = error else {
            Issue.record("expected unreachable, got \(String(describing: error))")
            return
        }
    }

    @Test func overlongHeadIsRefused() throws {
        let head = "HTTP/1.1 200 OK\r\n" + String(repeating: "X-Pad: \(String(repeating: "p", count: 1000))\r\n", count: 80)
        var reader = Self.reader(head + "\r\n", piece: 4096)
        #expect(throws: HTTPFailure.unreachable("reply head too long")) { try reader.read() }
    }
}
