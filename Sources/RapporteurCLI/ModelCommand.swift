import ArgumentParser
import Foundation
import RapporteurLLM

/// `rapporteur model install|status|serve|stop`: the embedded local model.
struct ModelCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "model",
        abstract: "Install, inspect, serve or stop the embedded local model (llama.cpp server + Qwen2.5-Coder-1.5B).",
        subcommands: [Install.self, Status.self, Serve.self, Stop.self]
    )

    struct Install: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Install the local model runtime and model into the per-user data folder (once; later runs verify and skip)."
        )

        func run() async throws {
            try await ModelInstaller.install(LocalModelRuntime())
        }
    }

    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show what is installed, and whether a server is running.")

        func run() throws {
            let runtime = LocalModelRuntime()
            print(runtime.status())
            if let record = runtime.runningServer() {
                print("server: running at \(record.baseURL.absoluteString) (pid \(record.serverPID), model \(record.modelName))")
            } else {
                print("server: not running")
            }
        }
    }

    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Serve the local model on loopback until interrupted, for --llm-url or other OpenAI-compatible clients."
        )

        @Option(help: "Serve this GGUF file instead of the embedded model.")
        var gguf: String?

        @Option(help: "Context window in tokens.")
        var context: Int = 16384

        @Option(help: "Port on 127.0.0.1 (default: a free port).")
        var port: Int?

        func run() async throws {
            try await LocalModelRuntime().serve(gguf: gguf.map { URL(fileURLWithPath: $0) }, contextTokens: context, port: port) { record in
                let line = "serving \(record.modelName) at \(record.baseURL.absoluteString) (context \(record.contextTokens) tokens); Ctrl-C stops\n"
                FileHandle.standardOutput.write(Data(line.utf8))
            }
        }
    }

    struct Stop: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Stop a server started with \"rapporteur model serve\".")

        func run() async throws {
            if let record = await LocalModelRuntime().stopServer() {
                print("stopped the server on port \(record.port) (pid \(record.serverPID))")
            } else {
                print("no server was running")
            }
        }
    }
}
