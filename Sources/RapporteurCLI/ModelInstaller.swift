import Foundation
import RapporteurLLM
import Synchronization

/// Runs the local model install with progress on standard error.
enum ModelInstaller {
    /// Installs (or verifies) the embedded model, printing each step and byte progress in tenths.
    ///
    /// - Parameter runtime: The runtime to install.
    /// - Throws: ``RuntimeError`` when a step fails.
    static func install(_ runtime: LocalModelRuntime) async throws {
        let started = Date()
        let lastTenth = Mutex([InstallEvent.Step: Int64]())
        try await runtime.install { event in
            switch event {
            case .output:
                return
            case .bytes(let step, let done, let total):
                let tenth = total > 0 ? done * 10 / total : 10
                let isNew = lastTenth.withLock { seen in
                    defer { seen[step] = tenth }
                    return seen[step] != tenth
                }
                if isNew { FileHandle.standardError.write(Data("\(event)\n".utf8)) }
            default:
                FileHandle.standardError.write(Data("\(event)\n".utf8))
            }
        }
        let seconds = String(format: "%.0f", Date().timeIntervalSince(started))
        FileHandle.standardError.write(Data("model ready in \(seconds) s: \(runtime.modelFile.path)\n".utf8))
    }
}
