import Foundation
import RapporteurLLM

/// A data directory laid out like an installed runtime, with a shell script standing in for the environment's Python.
enum FakeRuntime {
    /// A 56-byte "model" in three packages; its SHA-256 is the FIPS 180-2 test vector of the concatenated text.
    static let model = BundledModel(
        name: "tiny",
        fileName: "tiny.gguf",
        size: 56,
        sha256: "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
        packages: ["tiny-part1", "tiny-part2", "tiny-part3"],
        partModules: ["tiny_part1", "tiny_part2", "tiny_part3"]
    )

    /// The parts: module → file name → content; the second module has two files, concatenated in name order.
    static let parts: [String: [String: String]] = [
        "tiny_part1": ["part01.bin": "abcdbcdecdefdefg"],
        "tiny_part2": ["x2.bin": "ijkljklmklmnlmno", "x1.bin": "efghfghighijhijk"],
        "tiny_part3": ["part03.bin": "mnopnopq"],
    ]

    /// Answers `-c` (the install's import check) with success; otherwise serves `GET /health` on the port in `$3`.
    static let healthServer = """
        #!/bin/sh
        if [ "$1" = "-c" ]; then exit 0; fi
        exec python3 -c '
        import http.server, sys
        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                body = b"{\\"status\\":\\"ok\\"}"
                self.send_response(200 if self.path == "/health" else 404)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            def log_message(self, *args):
                pass
        print("listening", flush=True)
        http.server.HTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
        ' "$3"
        """

    /// Creates the layout and returns the runtime.
    static func make(
        python script: String = healthServer,
        withParts: Bool = true,
        partContents: [String: [String: String]] = parts
    ) throws
        -> LocalModelRuntime
    {
        let root = Fixtures.temporaryFolder()
        let runtime = LocalModelRuntime(dataDirectory: DataDirectory(root: root), model: model)
        let bin = runtime.python.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try script.write(to: runtime.python, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: runtime.python.path)
        let site = root.appendingPathComponent("runtime/lib/python3.11/site-packages")
        try FileManager.default.createDirectory(at: site.appendingPathComponent("xllamacpp"), withIntermediateDirectories: true)
        guard withParts else { return runtime }
        for (module, files) in partContents {
            let data = site.appendingPathComponent(module).appendingPathComponent("data")
            try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
            for (name, content) in files { try content.write(to: data.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        }
        return runtime
    }
}
