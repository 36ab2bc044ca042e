public import Foundation

/// The embedded default model: a Python environment with llama.cpp's server (xllamacpp) and a GGUF model, kept in the data directory.
///
/// Layout under ``DataDirectory/root``: `runtime/` (the virtual environment, with the part packages and
/// `llama_server.py`), `models/<model>.gguf` (the assembled model and its `.verified.json` stamp), `logs/` (the
/// server's output) and `server.json` (the record of a server started by `rapporteur model serve`).
public struct LocalModelRuntime: Sendable {
    /// The data directory.
    public var dataDirectory: DataDirectory
    /// The bundled model this runtime installs and starts by default.
    public var model: BundledModel
    /// The Python that creates the virtual environment.
    public var systemPython: String

    /// Creates a runtime description; nothing is touched until a method is called.
    ///
    /// - Parameters:
    ///   - dataDirectory: Where everything is kept.
    ///   - model: The bundled model.
    ///   - systemPython: The Python used to create the virtual environment (found on `PATH` unless a path).
    public init(dataDirectory: DataDirectory = .fromEnvironment(), model: BundledModel = .qwen25Coder15B, systemPython: String = "python3") {
        self.dataDirectory = dataDirectory
        self.model = model
        self.systemPython = systemPython
    }

    /// The environment's Python.
    public var python: URL { dataDirectory.runtime.appendingPathComponent("bin/python") }
    /// The installed server launcher.
    public var launcher: URL { dataDirectory.runtime.appendingPathComponent("llama_server.py") }
    /// The assembled default model.
    public var modelFile: URL { dataDirectory.models.appendingPathComponent(model.fileName) }
    /// The server's log file.
    public var serverLog: URL { dataDirectory.logs.appendingPathComponent("llama-server.log") }

    /// The environment's `site-packages` folder, if the environment exists.
    var sitePackages: URL? {
        let lib = dataDirectory.runtime.appendingPathComponent("lib")
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: lib.path)) ?? []
        return versions.filter { $0.hasPrefix("python3") }.sorted().lazy
            .map { lib.appendingPathComponent($0).appendingPathComponent("site-packages") }
            .first { FileManager.default.fileExists(atPath: $0.path) }
    }

    /// What is installed, from the files alone; instant (a model file's checksum is taken from its stamp).
    ///
    /// - Returns: The status.
    public func status() -> RuntimeStatus {
        let site = sitePackages
        let exists = { (url: URL?) in url.map { FileManager.default.fileExists(atPath: $0.path) } ?? false }
        let parts = model.partModules.filter { exists(site?.appendingPathComponent($0)) }.count
        let modelSize = VerificationStamp.attributes(of: modelFile)?.size
        return RuntimeStatus(
            root: dataDirectory.root,
            hasEnvironment: exists(python),
            hasEngine: exists(site?.appendingPathComponent("xllamacpp")),
            modelPackagesFound: parts,
            modelPackagesExpected: model.partModules.count,
            hasLauncher: exists(launcher),
            environmentBytes: Self.folderBytes(dataDirectory.runtime),
            modelFile: modelFile,
            modelBytes: modelSize,
            expectedModelBytes: model.size,
            modelState: modelState(size: modelSize)
        )
    }

    /// Hashes the model file and records the result, so later checks are instant.
    ///
    /// - Parameter progress: Called with bytes hashed so far.
    /// - Returns: Whether the file matches the expected size and SHA-256.
    /// - Throws: ``RuntimeError`` when the file cannot be read or the stamp written.
    @discardableResult
    public func verifyModel(progress: @escaping @Sendable (Int64) -> Void = { _ in }) async throws -> Bool {
        let file = modelFile
        let digest = try await Blocking.run {
            do {
                return try ModelDigest.sha256(of: file, progress: progress)
            } catch {
                throw RuntimeError(.fileSystem, "cannot read \(file.path): \(error.localizedDescription)")
            }
        }
        try? VerificationStamp.record(for: file, sha256: digest.sha256)
        return digest.size == model.size && digest.sha256 == model.sha256
    }

    private func modelState(size: Int64?) -> RuntimeStatus.ModelState {
        guard let size else { return .missing }
        guard size == model.size else { return .wrongSize }
        guard let stamp = VerificationStamp.current(for: modelFile) else { return .unverified }
        return stamp.sha256 == model.sha256 ? .verified : .checksumMismatch
    }

    private static func folderBytes(_ folder: URL) -> Int64 {
        guard let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.fileSizeKey]) else { return 0 }
        var total: Int64 = 0
        for case let file as URL in files {
            total += Int64((try? file.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0)
        }
        return total
    }
}
