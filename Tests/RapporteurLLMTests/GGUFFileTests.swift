import Foundation
import RapporteurLLM
import Testing

@Suite struct GGUFFileTests {
    @Test func acceptsAFileBeginningWithTheMagic() throws {
        let file = Fixtures.temporaryFolder().appendingPathComponent("ok.gguf")
        try Data([0x47, 0x47, 0x55, 0x46, 3, 0, 0, 0]).write(to: file)
        try GGUFFile.validate(file)
    }

    @Test(arguments: [Data("GGML....".utf8), Data("GG".utf8), Data()])
    func rejectsOtherContent(content: Data) throws {
        let file = Fixtures.temporaryFolder().appendingPathComponent("bad.gguf")
        try content.write(to: file)
        let error = #expect(throws: RuntimeError.self) { try GGUFFile.validate(file) }
        #expect(error?.code == .invalidModelFile)
        #expect(error?.description.contains("GGUF") == true)
    }

    @Test func rejectsAMissingFileOrAFolder() {
        let folder = Fixtures.temporaryFolder()
        for url in [folder.appendingPathComponent("absent.gguf"), folder] {
            let error = #expect(throws: RuntimeError.self) { try GGUFFile.validate(url) }
            #expect(error?.detail.contains("does not exist") == true)
        }
    }
}
