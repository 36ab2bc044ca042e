import ArgumentParser
import Foundation
import RapporteurKit

/// Where and in which formats a command writes its output.
struct OutputOptions: ParsableArguments {
    @Option(
        name: .customLong("to"),
        help: "Output formats, comma-separated: text, markdown, html, json.",
        transform: OutputOptions.parseFormats
    )
    var formats: [ReportFormat] = [.text]

    @Option(
        name: [.short, .customLong("output")],
        help: "Output file, or a folder when several formats are asked for. Without it, one format goes to standard output."
    )
    var output: String?

    /// Rejects several formats without an output folder while parsing, before any input is read.
    ///
    /// - Throws: A `ValidationError` when several formats are asked for without `-o`.
    func validate() throws {
        if output == nil, formats.count > 1 { throw ValidationError("Several formats need -o FOLDER.") }
    }

    /// Writes one rendering per format: to standard output, a file, or files in a folder named after `baseName`.
    ///
    /// - Parameters:
    ///   - baseName: The file name stem used inside an output folder.
    ///   - render: Produces the text for a format.
    /// - Returns: The paths written (empty for standard output).
    /// - Throws: ``InputError`` when the output cannot be written, or a `ValidationError` for conflicting options.
    @discardableResult
    func write(baseName: String, render: (ReportFormat) -> String) throws -> [String] {
        guard let output else {
            guard formats.count == 1, let format = formats.first else {
                throw ValidationError("Several formats need -o FOLDER.")
            }
            print(render(format), terminator: "")
            return []
        }
        let isFolder = formats.count > 1 || output.hasSuffix("/") || isExistingFolder(output)
        let targets = formats.map { format in
            (format, isFolder ? Self.path(in: output, name: "\(baseName).\(format.fileExtension)") : output)
        }
        let rendered = targets.map { ($1, render($0)) }
        for (path, text) in rendered { try AtomicFile.write(text, to: path) }
        return rendered.map(\.0)
    }

    /// A file in a folder, spelt the way the user wrote the folder (relative stays relative).
    ///
    /// - Parameters:
    ///   - folder: The output folder as given; empty means the current folder.
    ///   - name: The file name.
    /// - Returns: The path.
    private static func path(in folder: String, name: String) -> String {
        folder.isEmpty || folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    private func isExistingFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    private static func parseFormats(_ text: String) throws -> [ReportFormat] {
        try text.split(separator: ",").map { name in
            guard let format = ReportFormat(rawValue: name.trimmingCharacters(in: .whitespaces).lowercased()) else {
                throw ValidationError("Unknown format \"\(name)\"; use text, markdown, html or json.")
            }
            return format
        }
    }
}
