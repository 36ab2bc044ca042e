import Foundation
import Testing

@testable import RapporteurLLM

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Encoding a `URLRequest` as the bytes of an HTTP/1.1 request.
@Suite struct HTTPRequestMessageTests {
    private static func head(_ message: HTTPRequestMessage) -> [String] {
        let text = String(decoding: message.bytes, as: UTF8.self)
        return text.components(separatedBy: "\r\n\r\n").first?.components(separatedBy: "\r\n") ?? []
    }

    @Test func getWithoutPathOrPortTargetsRootOnPort80() throws {
        let message = try HTTPRequestMessage(URLRequest(url: try #require(URL(string: "http://gpu-box.lan"))))
        #expect(message.host == "gpu-box.lan")
        #expect(message.port == 80)
        #expect(Self.head(message) == ["GET / HTTP/1.1", "Host: gpu-box.lan", "Connection: close"])
    }

    @Test func ipv6LiteralLosesItsBracketsForResolutionButKeepsThemInHost() throws {
        let message = try HTTPRequestMessage(URLRequest(url: try #require(URL(string: "http://[::1]:8080/health"))))
        #expect(message.host == "::1")
        #expect(message.port == 8080)
        #expect(Self.head(message).contains("Host: [::1]:8080"))
    }

    @Test func postWithoutBodyStillDeclaresItsLength() throws {
        var request = URLRequest(url: try #require(URL(string: "http://127.0.0.1:9/v1/x")))
        request.httpMethod = "post"
        let message = try HTTPRequestMessage(request)
        #expect(message.method == "POST")
        #expect(Self.head(message).contains("Content-Length: 0"))
    }

    @Test func callerFramingFieldsAreReplacedAndValuesCannotAddFields() throws {
        var request = URLRequest(url: try #require(URL(string: "http://127.0.0.1:9/v1/x")))
        request.httpMethod = "POST"
        request.httpBody = Data("abc".utf8)
        request.setValue("keep-alive", forHTTPHeaderField: "Connection")
        request.setValue("999", forHTTPHeaderField: "Content-Length")
        request.setValue("a\r\nInjected: yes", forHTTPHeaderField: "X-Note")
        let message = try HTTPRequestMessage(request)
        let head = Self.head(message)
        #expect(head.filter { $0.lowercased().hasPrefix("content-length:") } == ["Content-Length: 3"])
        #expect(head.filter { $0.lowercased().hasPrefix("connection:") } == ["Connection: close"])
        #expect(!head.contains("Injected: yes"), "a line break in a value cannot start a field of its own")
        #expect(message.bytes.suffix(3) == Array("abc".utf8))
    }
}
