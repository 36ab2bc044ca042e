public import Foundation

/// Where Rapporteur keeps per-user data: the local model runtime, model files and the response cache.
///
/// `$RAPPORTEUR_HOME` when set, else `$XDG_DATA_HOME/rapporteur`, else `~/.local/share/rapporteur`.
/// Nothing is ever kept inside the repository or the working directory.
public struct DataDirectory: Sendable, Hashable {
    /// The root folder.
    public var root: URL

    /// Creates a data directory at an explicit root.
    ///
    /// - Parameter root: The folder to use.
    public init(root: URL) {
        self.root = root
    }

    /// The data directory chosen from the environment.
    ///
    /// - Parameter environment: The process environment.
    /// - Returns: The data directory for this user.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> DataDirectory {
        if let explicit = environment["RAPPORTEUR_HOME"], !explicit.isEmpty {
            return DataDirectory(root: URL(fileURLWithPath: explicit, isDirectory: true))
        }
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
            return DataDirectory(root: URL(fileURLWithPath: xdg, isDirectory: true).appendingPathComponent("rapporteur"))
        }
        let home = environment["HOME"].map { URL(fileURLWithPath: $0, isDirectory: true) } ?? FileManager.default.homeDirectoryForCurrentUser
        return DataDirectory(root: home.appendingPathComponent(".local/share/rapporteur"))
    }

    /// The Python virtual environment holding xllamacpp.
    public var runtime: URL { root.appendingPathComponent("runtime", isDirectory: true) }
    /// The folder of model files.
    public var models: URL { root.appendingPathComponent("models", isDirectory: true) }
    /// The on-disk response cache.
    public var cache: URL { root.appendingPathComponent("cache", isDirectory: true) }
    /// Log files, such as the local model server's output.
    public var logs: URL { root.appendingPathComponent("logs", isDirectory: true) }
}
