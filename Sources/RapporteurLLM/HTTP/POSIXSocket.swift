import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few socket calls that differ between Glibc and Darwin, for ``SocketConnection``.
enum POSIXSocket {
    /// `SOCK_STREAM` as `addrinfo.ai_socktype` wants it.
    static var streamType: Int32 {
        #if canImport(Glibc)
        Int32(SOCK_STREAM.rawValue)
        #else
        SOCK_STREAM
        #endif
    }

    /// Opens a non-blocking, close-on-exec TCP socket that raises no `SIGPIPE`.
    ///
    /// - Parameter family: `AF_INET` or `AF_INET6`.
    /// - Returns: The descriptor, or -1 with `errno` set.
    static func makeStream(family: Int32) -> Int32 {
        #if canImport(Glibc)
        socket(family, streamType | Int32(SOCK_CLOEXEC.rawValue) | Int32(SOCK_NONBLOCK.rawValue), 0)
        #else
        let descriptor = socket(family, streamType, 0)
        guard descriptor >= 0 else { return descriptor }
        setCloseOnExec(descriptor)
        setNonBlocking(descriptor)
        var on: Int32 = 1
        _ = setsockopt(descriptor, SOL_SOCKET, SO_NOSIGPIPE, &on, socklen_t(MemoryLayout<Int32>.size))
        return descriptor
        #endif
    }

    /// Sends bytes without raising `SIGPIPE` when the peer has gone.
    ///
    /// - Parameters:
    ///   - descriptor: The socket.
    ///   - bytes: The bytes.
    /// - Returns: The count sent, or -1 with `errno` set.
    static func send(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        #if canImport(Glibc)
        return Glibc.send(descriptor, base, bytes.count, Int32(MSG_NOSIGNAL))
        #else
        return Darwin.send(descriptor, base, bytes.count, 0)
        #endif
    }

    /// Marks a descriptor close-on-exec, so model servers the tool starts do not inherit it.
    ///
    /// - Parameter descriptor: The descriptor.
    static func setCloseOnExec(_ descriptor: Int32) {
        _ = fcntl(descriptor, F_SETFD, fcntl(descriptor, F_GETFD) | FD_CLOEXEC)
    }

    /// Makes reads and writes on a descriptor return at once instead of blocking.
    ///
    /// - Parameter descriptor: The descriptor.
    static func setNonBlocking(_ descriptor: Int32) {
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
    }

    /// Closes a descriptor.
    ///
    /// - Parameter descriptor: The descriptor.
    /// - Returns: The result of `close(2)`.
    @discardableResult
    static func closeDescriptor(_ descriptor: Int32) -> Int32 {
        close(descriptor)
    }

    /// Whether a failed call should simply be tried again.
    ///
    /// - Parameter code: The `errno` value.
    /// - Returns: True for `EINTR`, `EAGAIN` and `EWOULDBLOCK`.
    static func isTransient(_ code: Int32) -> Bool {
        code == EINTR || code == EAGAIN || code == EWOULDBLOCK
    }

    /// The text for an `errno` value.
    ///
    /// - Parameter code: The `errno` value.
    /// - Returns: `strerror`'s text.
    static func describe(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
