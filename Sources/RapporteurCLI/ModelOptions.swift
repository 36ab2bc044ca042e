import ArgumentParser
import Foundation
import RapporteurKit
import RapporteurLLM

/// Which model writes the report: an OpenAI-compatible endpoint, or the embedded local one started for the run.
struct ModelOptions: ParsableArguments {
    @Option(help: "An OpenAI-compatible endpoint (llama.cpp, Ollama's /v1, vLLM, hosted). Without it, the embedded local model runs.")
    var llmURL: String?

    @Option(help: "The model name at --llm-url (default: the first the server lists).")
    var model: String?

    @Option(help: "Run the local server on this GGUF file instead of the embedded model.")
    var gguf: String?

    @Option(help: "The model's context window in tokens (default: 16384 local, 8192 remote).")
    var context: Int?

    @Option(help: "Seconds to wait for one model reply.")
    var timeout: Double = 600

    @Flag(help: "Do not read or write the on-disk response cache.")
    var noCache = false

    @Flag(help: "Install the embedded local model first if it is not installed.")
    var install = false

    @Flag(
        help: """
            Ask llama.cpp servers for compact JSON (an LLGuidance grammar without optional white space) when a probe \
            shows the server honours it. Fewer generated tokens, but the embedded 1.5B model then returns empty lists \
            (docs/BENCHMARKS.md), so it is off by default.
            """
    )
    var compactJSON = false

    /// Checks the numbers while parsing.
    ///
    /// - Throws: A `ValidationError` for a `--context` or `--timeout` out of range (``OptionRange``).
    func validate() throws {
        if let context { try OptionRange.check(context, in: OptionRange.contextTokens, option: "--context") }
        try OptionRange.check(timeout, in: OptionRange.timeoutSeconds, option: "--timeout")
    }

    /// Runs `body` with the chosen model, starting and always stopping the local server when one is needed.
    ///
    /// - Parameter body: The work to do with the model.
    /// - Returns: What `body` returns.
    /// - Throws: ``RuntimeError`` when the local model is missing or does not start, or what `body` throws.
    func withModel<T: Sendable>(_ body: (any LanguageModel) async throws -> T) async throws -> T {
        let environment = ProcessInfo.processInfo.environment
        if let llmURL {
            guard let url = URL(string: llmURL), url.scheme == "http" || url.scheme == "https" else {
                throw ValidationError("--llm-url must be an http(s) URL, got \"\(llmURL)\".")
            }
            let configuration = OpenAICompatibleModel.Configuration(
                baseURL: url,
                model: model,
                apiKey: OpenAICompatibleModel.apiKey(from: environment),
                requestTimeout: timeout,
                contextTokens: context ?? 8192,
                constraint: constraint
            )
            return try await body(cached(await OpenAICompatibleModel.connect(configuration).resolvingConstraint()))
        }
        let runtime = LocalModelRuntime()
        if gguf == nil, !runtime.status().isReady {
            guard install else { throw RuntimeError(.notInstalled, "the embedded model is not installed (or add --install)") }
            try await ModelInstaller.install(runtime)
        }
        FileHandle.standardError.write(Data("starting the local model server...\n".utf8))
        let server = try await runtime.start(gguf: gguf.map { URL(fileURLWithPath: $0) }, contextTokens: context ?? 16384)
        do {
            var configuration = server.modelConfiguration(requestTimeout: timeout)
            configuration.constraint = constraint
            let local = OpenAICompatibleModel(configuration: configuration, modelName: server.modelName)
            let result = try await body(cached(await local.resolvingConstraint()))
            await server.stop()
            return result
        } catch {
            await server.stop()
            throw error
        }
    }

    private var constraint: OpenAICompatibleModel.OutputConstraint { compactJSON ? .automatic : .jsonSchema }

    private func cached(_ model: any LanguageModel) -> any LanguageModel {
        noCache ? model : CachingLanguageModel(model, dataDirectory: .fromEnvironment())
    }
}
