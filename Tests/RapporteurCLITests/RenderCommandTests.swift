import Foundation
import RapporteurKit
import RapporteurTesting
import Testing

@Suite struct RenderCommandTests {
    /// A folder holding `report.json`, the full fixture report as the JSON renderer writes it.
    private func folderWithReport() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write(Data(JSONRenderer().render(FixtureReport.full()).utf8), to: "report.json")
        return folder
    }

    @Test(arguments: ReportFormat.allCases)
    func printsWhatTheLibraryRenders(_ format: ReportFormat) async throws {
        let folder = try folderWithReport()
        let result = try await Rapporteur.run(["render", "report.json", "--to", format.rawValue], in: folder.url)
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout == format.renderer.render(FixtureReport.full()))
    }

    @Test func twoFormatsIntoAFolderWriteTwoFiles() async throws {
        let folder = try folderWithReport()
        let result = try await Rapporteur.run(["render", "report.json", "--to", "text,html", "-o", "out/"], in: folder.url)
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderrLines == ["wrote out/report.txt", "wrote out/report.html"])
        #expect(try folder.contents() == ["out/", "out/report.html", "out/report.txt", "report.json"])
        #expect(try String(contentsOf: folder.file("out/report.txt"), encoding: .utf8) == TextRenderer().render(FixtureReport.full()))
        #expect(try String(contentsOf: folder.file("out/report.html"), encoding: .utf8) == HTMLRenderer().render(FixtureReport.full()))
    }

    @Test func oneFormatIntoAnExistingFolderIsNamedAfterTheReport() async throws {
        let folder = try folderWithReport()
        try FileManager.default.createDirectory(at: folder.file("exports"), withIntermediateDirectories: false)
        let result = try await Rapporteur.run(["render", "report.json", "--to", "markdown", "-o", "exports"], in: folder.url)
        #expect(result.status == 0)
        #expect(try folder.contents() == ["exports/", "exports/report.md", "report.json"])
    }

    @Test func severalFormatsWithoutOutputAreAnErrorAndWriteNothing() async throws {
        let folder = try folderWithReport()
        let result = try await Rapporteur.run(["render", "report.json", "--to", "text,html"], in: folder.url)
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderrLines.first == "Error: Several formats need -o FOLDER.")
        #expect(try folder.contents() == ["report.json"])
    }

    @Test func overwritingAnExistingOutputReplacesItAndLeavesNoTemporaryFiles() async throws {
        let folder = try folderWithReport()
        try folder.write(Data("an older report\n".utf8), to: "report.md")
        try FileManager.default.createDirectory(at: folder.file("out"), withIntermediateDirectories: false)
        try folder.write(Data("stale".utf8), to: "out/report.txt")
        let single = try await Rapporteur.run(["render", "report.json", "--to", "markdown", "-o", "report.md"], in: folder.url)
        let again = try await Rapporteur.run(["render", "report.json", "--to", "markdown", "-o", "report.md"], in: folder.url)
        let several = try await Rapporteur.run(["render", "report.json", "--to", "text,json", "-o", "out"], in: folder.url)
        #expect([single.status, again.status, several.status] == [0, 0, 0])
        #expect(try folder.contents() == ["out/", "out/report.json", "out/report.txt", "report.json", "report.md"])
        #expect(try String(contentsOf: folder.file("report.md"), encoding: .utf8) == MarkdownRenderer().render(FixtureReport.full()))
        #expect(try String(contentsOf: folder.file("out/report.txt"), encoding: .utf8) == TextRenderer().render(FixtureReport.full()))
        #expect(try Data(contentsOf: folder.file("out/report.json")) == Data(contentsOf: folder.file("report.json")))
    }
}
