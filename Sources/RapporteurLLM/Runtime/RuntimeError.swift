/// A failure to install, check or run the local model runtime.
public struct RuntimeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public enum Code: Sendable, Hashable {
        /// The runtime or the model is not installed (or is damaged).
        case notInstalled
        /// A file given as a model is missing or not a GGUF file.
        case invalidModelFile
        /// A command of the install (venv, pip) failed.
        case commandFailed
        /// The assembled model does not have the expected size or checksum.
        case checksumMismatch
        /// The server process exited or never became healthy.
        case serverFailed
        /// A file in the data directory could not be read or written.
        case fileSystem
    }

    /// What went wrong.
    public var code: Code
    /// Details for people.
    public var detail: String

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - code: What went wrong.
    ///   - detail: Details for people.
    public init(_ code: Code, _ detail: String) {
        self.code = code
        self.detail = detail
    }

    /// A message that names the fix where there is one.
    public var description: String {
        switch code {
        case .notInstalled: "local model not installed: \(detail); run \"rapporteur model install\""
        case .invalidModelFile: "not a usable GGUF model: \(detail)"
        case .commandFailed: "install step failed: \(detail)"
        case .checksumMismatch: "model file damaged: \(detail); run \"rapporteur model install\" again"
        case .serverFailed: "local model server failed: \(detail)"
        case .fileSystem: "data directory problem: \(detail)"
        }
    }
}
