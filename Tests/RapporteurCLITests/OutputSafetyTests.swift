import Foundation
import RapporteurKit
import RapporteurTesting
import Testing

/// Issue 14, item 4: output that destroyed or exposed data.
@Suite(.serialized) struct OutputSafetyTests {
    /// A folder holding `rep.json`, the full fixture report.
    private func folderWithReport() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write(Data(JSONRenderer().render(FixtureReport.full()).utf8), to: "rep.json")
        return folder
    }

    private func status(_ path: String) throws -> stat {
        var info = stat()
        try #require(lstat(path, &info) == 0)
        return info
    }

    @Test func replacingAFileKeepsItsMode() async throws {
        let folder = try folderWithReport()
        let target = folder.file("out.txt").path
        try folder.write(Data("old\n".utf8), to: "out.txt")
        #expect(chmod(target, 0o600) == 0)
        let result = try await Rapporteur.run(["render", "rep.json", "--to", "text", "-o", "out.txt"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try status(target).st_mode & 0o7777 == 0o600)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == TextRenderer().render(FixtureReport.full()))
    }

    @Test func aSymbolicLinkIsWrittenThroughAndStays() async throws {
        let folder = try folderWithReport()
        try FileManager.default.createDirectory(at: folder.file("real"), withIntermediateDirectories: false)
        try folder.write(Data("old\n".utf8), to: "real/out.md")
        try FileManager.default.createSymbolicLink(atPath: folder.file("link.md").path, withDestinationPath: "real/out.md")
        let result = try await Rapporteur.run(["render", "rep.json", "--to", "markdown", "-o", "link.md"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try status(folder.file("link.md").path).st_mode & S_IFMT == S_IFLNK)
        #expect(try String(contentsOf: folder.file("real/out.md"), encoding: .utf8) == MarkdownRenderer().render(FixtureReport.full()))
        #expect(try folder.contents() == ["link.md", "real/", "real/out.md", "rep.json"])
    }

    @Test func aHardLinkedFileIsRewrittenInPlace() async throws {
        let folder = try folderWithReport()
        try folder.write(Data("old\n".utf8), to: "out.txt")
        #expect(link(folder.file("out.txt").path, folder.file("other.txt").path) == 0)
        let result = try await Rapporteur.run(["render", "rep.json", "--to", "text", "-o", "out.txt"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try String(contentsOf: folder.file("other.txt"), encoding: .utf8) == TextRenderer().render(FixtureReport.full()))
        #expect(try status(folder.file("out.txt").path).st_nlink == 2)
    }

    @Test func aFIFOIsWrittenToAndNotReplaced() async throws {
        let folder = try folderWithReport()
        let fifo = folder.file("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let reader = Task { try await onOwnThread { try FileHandle(forReadingFrom: URL(fileURLWithPath: fifo)).readToEnd() ?? Data() } }
        let result = try await Rapporteur.run(["render", "rep.json", "--to", "json", "-o", "pipe"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(String(decoding: try await reader.value, as: UTF8.self) == JSONRenderer().render(FixtureReport.full()))
        #expect(try status(fifo).st_mode & S_IFMT == S_IFIFO)
    }

    @Test func whenOneFormatFailsNoneIsWritten() async throws {
        let folder = try folderWithReport()
        try FileManager.default.createDirectory(at: folder.file("out/rep.html"), withIntermediateDirectories: true)
        let result = try await Rapporteur.run(["render", "rep.json", "--to", "text,json,html", "-o", "out/"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stderrLines == ["Error: out/rep.html: cannot write: is a folder"])
        #expect(try folder.contents() == ["out/", "out/rep.html/", "rep.json"])
    }

    @Test func termDuringAWriteRemovesTheTemporaryFiles() async throws {
        let folder = try folderWithReport()
        try FileManager.default.createDirectory(at: folder.file("out"), withIntermediateDirectories: false)
        // A FIFO nobody reads: the write blocks on it after the other format's temporary file is complete.
        #expect(mkfifo(folder.file("out/rep.txt").path, 0o600) == 0)
        let executable = try #require(Rapporteur.executable?.path, "run `swift build --build-tests` first")
        let arguments = [executable, "render", folder.file("rep.json").path, "--to", "json,text", "-o", folder.file("out").path + "/"]
        let pid = try SignalableProcess.spawn(arguments)
        var temporary: [String] = []
        for _ in 0..<500 where temporary.isEmpty {
            try await Task.sleep(for: .milliseconds(10))
            temporary = try folder.contents().filter { $0.hasSuffix(".tmp") }
        }
        #expect(temporary.count == 1, "no temporary file appeared")
        #expect(kill(pid, SIGTERM) == 0)
        let status = try await onOwnThread { SignalableProcess.wait(pid) }
        #expect(status == .signalled(SIGTERM))
        #expect(try folder.contents() == ["out/", "out/rep.txt", "rep.json"])
    }

    @Test(arguments: [
        (["render", "rep.json", "--to", ""], "Error: The value '' is invalid for '--to <to>': give at least one format: text, markdown"),
        (["render", "rep.json", "--to", " , ", "-o", "x.txt"], "Error: The value ' , ' is invalid for '--to <to>': give at least one format"),
        (["render", "rep.json", "-o", ""], "Error: -o needs a file or folder name; it is empty."),
    ])
    func emptyFormatsOrOutputAreUsageErrors(arguments: [String], message: String) async throws {
        let folder = try folderWithReport()
        let result = try await Rapporteur.run(arguments, in: folder.url)
        #expect(result.status == 64)
        #expect(result.stderrLines.first?.hasPrefix(message) == true, "\(result.stderr)")
        #expect(try folder.contents() == ["rep.json"])
    }
}
