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
        help: """
            Output file, or a folder when several formats are asked for. Without it, one format goes to standard \
            output, control characters shown escaped (\\u{1B}); files and JSON keep the text exactly.
            """
    )
    var output: String?

    /// Rejects several formats without an output folder, and an empty `-o`, while parsing, before any input is read.
    ///
    /// - Throws: A `ValidationError` when several formats are asked for without `-o`, or `-o` is empty.
    func validate() throws {
        if output == nil, formats.count > 1 { throw ValidationError("Several formats need -o FOLDER.") }
        if output?.isEmpty == true { throw ValidationError("-o needs a file or folder name; it is empty.") }
    }

    /// Writes one rendering per format: to standard output, a file, or files in a folder named after `baseName`.
    ///
    /// Files are written all or none (``AtomicFile``), and never over one of the inputs.
    ///
    /// - Parameters:
    ///   - baseName: The file name stem used inside an output folder.
    ///   - inputs: The files the command read (`-` for standard input), which must not be overwritten.
    ///   - render: Produces the text for a format.
    /// - Returns: The paths written (empty for standard output).
    /// - Throws: ``InputError`` when the output cannot be written or is an input, or a `ValidationError` for
    ///   conflicting options.
    @discardableResult
    func write(baseName: String, inputs: [String], render: (ReportFormat) -> String) throws -> [String] {
        guard let output else {
            guard formats.count == 1, let format = formats.first else {
                throw ValidationError("Several formats need -o FOLDER.")
            }
            // JSON escapes C0 controls itself and must stay exact; every other format is read on the terminal.
            if format == .json { print(render(format), terminator: "") } else { TerminalText.write(render(format)) }
            return []
        }
        let isFolder = formats.count > 1 || output.hasSuffix("/") || isExistingFolder(output)
        let targets = formats.map { format in
            (format, isFolder ? Self.path(in: output, name: "\(baseName).\(format.fileExtension)") : output)
        }
        for (_, path) in targets { try Self.refuseOverwriting(path, inputs: inputs) }
        let rendered = targets.map { (path: $1, text: render($0)) }
        try AtomicFile.write(rendered)
        return rendered.map(\.path)
    }

    /// Throws when `path` is one of the input files (the same file, by device and inode, whatever its spelling).
    private static func refuseOverwriting(_ path: String, inputs: [String]) throws(InputError) {
        var target = stat()
        guard stat(path, &target) == 0, target.st_mode & S_IFMT == S_IFREG else { return }
        for input in inputs where input != "-" {
            var read = stat()
            guard stat(input, &read) == 0, read.st_dev == target.st_dev, read.st_ino == target.st_ino else { continue }
            throw InputError(file: path, reason: "cannot write: it is the input \(input); choose another output")
        }
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
        let names = text.split(separator: ",").filter { !$0.allSatisfy(\.isWhitespace) }
        guard !names.isEmpty else { throw ValidationError("give at least one format: text, markdown, html or json.") }
        return try names.map { name in
            guard let format = ReportFormat(rawValue: name.trimmingCharacters(in: .whitespaces).lowercased()) else {
                throw ValidationError("Unknown format \"\(name)\"; use text, markdown, html or json.")
            }
            return format
        }
    }
}
