import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One non-blocking TCP connection whose every wait is a `poll(2)` bounded by a deadline and woken by cancellation.
///
/// Used by one thread at a time (the exchange's own); the thread sleeps in the kernel while it waits.
final class SocketConnection {
    private let descriptor: Int32
    private let deadline: ExchangeDeadline
    private let wake: WakeSignal
    private var scratch = [UInt8](repeating: 0, count: 65_536)

    private init(descriptor: Int32, deadline: ExchangeDeadline, wake: WakeSignal) {
        self.descriptor = descriptor
        self.deadline = deadline
        self.wake = wake
    }

    deinit { POSIXSocket.closeDescriptor(descriptor) }

    /// Resolves a host with `getaddrinfo` and connects to the first address that answers.
    ///
    /// - Parameters:
    ///   - host: A name or an IPv4/IPv6 literal (without brackets).
    ///   - port: The TCP port.
    ///   - deadline: The end of the whole exchange.
    ///   - wake: The cancellation signal.
    /// - Returns: The connection.
    /// - Throws: ``HTTPFailure/unreachable(_:)`` when no address accepts, ``HTTPFailure/timeout(_:)`` at the deadline,
    ///   `CancellationError` when cancelled.
    static func open(host: String, port: Int, deadline: ExchangeDeadline, wake: WakeSignal) throws -> SocketConnection {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = POSIXSocket.streamType
        hints.ai_flags = AI_NUMERICSERV
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, String(port), &hints, &list)
        guard status == 0 else {
            throw HTTPFailure.unreachable("cannot resolve \(host): \(String(cString: gai_strerror(status)))")
        }
        defer { freeaddrinfo(list) }
        var reasons: [String] = []
        var entry = list
        while let address = entry?.pointee {
            entry = address.ai_next
            guard let socketAddress = address.ai_addr else { continue }
            let descriptor = POSIXSocket.makeStream(family: address.ai_family)
            guard descriptor >= 0 else {
                reasons.append("socket: \(POSIXSocket.describe(errno))")
                continue
            }
            let connection = SocketConnection(descriptor: descriptor, deadline: deadline, wake: wake)
            if let reason = try connection.connect(to: socketAddress, length: address.ai_addrlen) {
                reasons.append(reason)
                continue
            }
            return connection
        }
        let reason = reasons.last ?? "no address"
        throw HTTPFailure.unreachable("cannot connect to \(host):\(port): \(reason)")
    }

    /// Connects; returns why it failed, or nil once connected.
    private func connect(to address: UnsafeMutablePointer<sockaddr>, length: socklen_t) throws -> String? {
        #if canImport(Glibc)
        let result = Glibc.connect(descriptor, address, length)
        #else
        let result = Darwin.connect(descriptor, address, length)
        #endif
        if result == 0 { return nil }
        guard errno == EINPROGRESS || errno == EINTR else { return POSIXSocket.describe(errno) }
        try wait(for: Int16(POLLOUT))
        var code: Int32 = 0
        var size = socklen_t(MemoryLayout<Int32>.size)
        guard getsockopt(descriptor, SOL_SOCKET, SO_ERROR, &code, &size) == 0 else { return POSIXSocket.describe(errno) }
        return code == 0 ? nil : POSIXSocket.describe(code)
    }

    /// Sends all the bytes.
    ///
    /// - Parameter bytes: The bytes.
    /// - Throws: ``HTTPFailure`` when the peer is gone or the deadline passed; `CancellationError`.
    func send(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            try wait(for: Int16(POLLOUT))
            let sent = bytes.withUnsafeBytes { POSIXSocket.send(descriptor, UnsafeRawBufferPointer(rebasing: $0[offset...])) }
            if sent > 0 {
                offset += sent
            } else if sent < 0, POSIXSocket.isTransient(errno) {
                continue
            } else {
                throw HTTPFailure.unreachable("sending the request failed: \(POSIXSocket.describe(errno))")
            }
        }
    }

    /// Receives the next bytes.
    ///
    /// - Returns: Up to 64 KiB, or nil when the peer closed the connection.
    /// - Throws: ``HTTPFailure`` when the connection broke or the deadline passed; `CancellationError`.
    func receive() throws -> [UInt8]? {
        while true {
            try wait(for: Int16(POLLIN))
            let count = recv(descriptor, &scratch, scratch.count, 0)
            if count > 0 { return Array(scratch[0..<count]) }
            if count == 0 { return nil }
            guard POSIXSocket.isTransient(errno) else {
                throw HTTPFailure.unreachable("reading the reply failed: \(POSIXSocket.describe(errno))")
            }
        }
    }

    /// Sleeps in `poll(2)` until the socket is ready for `events` (or in error), the deadline passes or the wake fires.
    private func wait(for events: Int16) throws {
        while true {
            let milliseconds = deadline.remainingMilliseconds
            guard milliseconds > 0 else { throw deadline.failure }
            var descriptors = [
                pollfd(fd: descriptor, events: events, revents: 0),
                pollfd(fd: wake.descriptor, events: Int16(POLLIN), revents: 0),
            ]
            let ready = poll(&descriptors, nfds_t(descriptors.count), milliseconds)
            if ready < 0, errno != EINTR { throw HTTPFailure.unreachable("poll: \(POSIXSocket.describe(errno))") }
            if descriptors[1].revents != 0 || wake.isSignalled { throw CancellationError() }
            if ready > 0, descriptors[0].revents != 0 { return }
        }
    }
}
