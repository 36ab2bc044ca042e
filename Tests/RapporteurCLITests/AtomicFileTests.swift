import Foundation
import RapporteurKit
import Testing

@testable import RapporteurCLI

@Suite struct AtomicFileTests {
    @Test func writingBelowAFileFailsNamingThePathAndLeavesNoTemporaryFile() throws {
        let folder = try TemporaryFolder()
        try folder.write(Data("not a folder\n".utf8), to: "blocker")
        let path = folder.file("blocker/report.txt").path
        let error = try #require(throws: InputError.self) { try AtomicFile.write("the report\n", to: path) }
        #expect(error.file == path)
        #expect(error.description.hasPrefix("\(path): cannot write"))
        #expect(try folder.contents() == ["blocker"])
        #expect(try String(contentsOf: folder.file("blocker"), encoding: .utf8) == "not a folder\n")
    }

    @Test func writeCreatesMissingFoldersAndReplacesAnExistingFile() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("a/b/report.txt").path
        try AtomicFile.write("first\n", to: path)
        try AtomicFile.write("second\n", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "second\n")
        #expect(try folder.contents() == ["a/", "a/b/", "a/b/report.txt"])
    }
}
