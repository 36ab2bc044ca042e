public import Foundation

/// What of the local model runtime is installed, read from the data directory without running anything.
public struct RuntimeStatus: Sendable, Hashable, CustomStringConvertible {
    /// The state of the assembled model file.
    public enum ModelState: Sendable, Hashable {
        /// No model file.
        case missing
        /// A file of the wrong size (an interrupted or foreign file).
        case wrongSize
        /// The right size, not yet hashed (``LocalModelRuntime/start(gguf:contextTokens:port:)`` hashes it first).
        case unverified
        /// Hashed and matching the expected SHA-256.
        case verified
        /// Hashed and not matching.
        case checksumMismatch
    }

    /// The data directory's root.
    public var root: URL
    /// Whether the Python virtual environment exists.
    public var hasEnvironment: Bool
    /// Whether the xllamacpp package is in the environment.
    public var hasEngine: Bool
    /// How many of the model's part packages are in the environment.
    public var modelPackagesFound: Int
    /// How many part packages the model has.
    public var modelPackagesExpected: Int
    /// Whether the server launcher is in the environment.
    public var hasLauncher: Bool
    /// The environment's size on disk in bytes.
    public var environmentBytes: Int64
    /// The model file.
    public var modelFile: URL
    /// The model file's size, if it exists.
    public var modelBytes: Int64?
    /// The size the model file must have.
    public var expectedModelBytes: Int64
    /// The model file's state.
    public var modelState: ModelState

    /// Creates a status.
    ///
    /// - Parameters:
    ///   - root: The data directory's root.
    ///   - hasEnvironment: Whether the virtual environment exists.
    ///   - hasEngine: Whether xllamacpp is installed.
    ///   - modelPackagesFound: Part packages found.
    ///   - modelPackagesExpected: Part packages expected.
    ///   - hasLauncher: Whether the launcher is installed.
    ///   - environmentBytes: The environment's size.
    ///   - modelFile: The model file.
    ///   - modelBytes: Its size, if present.
    ///   - expectedModelBytes: The size it must have.
    ///   - modelState: Its state.
    public init(
        root: URL,
        hasEnvironment: Bool,
        hasEngine: Bool,
        modelPackagesFound: Int,
        modelPackagesExpected: Int,
        hasLauncher: Bool,
        environmentBytes: Int64,
        modelFile: URL,
        modelBytes: Int64?,
        expectedModelBytes: Int64,
        modelState: ModelState
    ) {
        self.root = root
        self.hasEnvironment = hasEnvironment
        self.hasEngine = hasEngine
        self.modelPackagesFound = modelPackagesFound
        self.modelPackagesExpected = modelPackagesExpected
        self.hasLauncher = hasLauncher
        self.environmentBytes = environmentBytes
        self.modelFile = modelFile
        self.modelBytes = modelBytes
        self.expectedModelBytes = expectedModelBytes
        self.modelState = modelState
    }

    /// Whether a server can be started on the default model (the launcher is restored at start when missing).
    public var isReady: Bool {
        hasEnvironment && hasEngine && (modelState == .verified || modelState == .unverified)
    }

    /// A few lines for `rapporteur model status`.
    public var description: String {
        let mib = { (bytes: Int64) in "\(bytes >> 20) MiB" }
        let model: String
        switch modelState {
        case .missing: model = "missing"
        case .wrongSize: model = "wrong size (\(modelBytes.map(mib) ?? "?"), expected \(mib(expectedModelBytes)))"
        case .unverified: model = "\(mib(expectedModelBytes)), checksum not yet verified"
        case .verified: model = "\(mib(expectedModelBytes)), checksum verified"
        case .checksumMismatch: model = "checksum mismatch"
        }
        return """
            data directory: \(root.path)
            Python environment: \(hasEnvironment ? "present (\(mib(environmentBytes)))" : "missing")
            engine (xllamacpp): \(hasEngine ? "installed" : "missing")
            model packages: \(modelPackagesFound) of \(modelPackagesExpected)
            server launcher: \(hasLauncher ? "installed" : "missing")
            model file: \(modelFile.path): \(model)
            ready: \(isReady ? "yes" : "no, run \"rapporteur model install\"")
            """
    }
}
