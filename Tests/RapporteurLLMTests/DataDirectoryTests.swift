import Foundation
import RapporteurLLM
import Testing

@Suite struct DataDirectoryTests {
    @Test(arguments: [
        (["RAPPORTEUR_HOME": "/data/r", "XDG_DATA_HOME": "/x", "HOME": "/home/u"], "/data/r"),
        (["XDG_DATA_HOME": "/x", "HOME": "/home/u"], "/x/rapporteur"),
        (["HOME": "/home/u"], "/home/u/.local/share/rapporteur"),
    ])
    func choosesRootFromEnvironment(environment: [String: String], expected: String) {
        #expect(DataDirectory.fromEnvironment(environment).root.path == expected)
    }
}
