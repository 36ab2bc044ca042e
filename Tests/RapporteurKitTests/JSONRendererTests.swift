import Foundation
import RapporteurKit
import RapporteurTesting
import Testing

@Suite struct JSONRendererTests {
    @Test(arguments: ["full", "hostile"])
    func outputDecodesBackIntoTheSameReport(fixture: String) throws {
        let report = fixture == "full" ? FixtureReport.full() : FixtureReport.hostile()
        let decoded = try JSONDecoder().decode(Report.self, from: Data(JSONRenderer().render(report).utf8))
        #expect(decoded == report)
    }

    @Test func outputIsDeterministicWithSortedKeysAndATrailingNewline() throws {
        let json = JSONRenderer().render(FixtureReport.full())
        #expect(json == JSONRenderer().render(FixtureReport.full()))
        #expect(json.hasSuffix("}\n"))
        let regex = try NSRegularExpression(pattern: #"^  "([A-Za-z]+)" :"#, options: .anchorsMatchLines)
        let keys = regex.matches(in: json, range: NSRange(json.startIndex..., in: json)).compactMap {
            Range($0.range(at: 1), in: json).map { String(json[$0]) }
        }
        #expect(keys.count == 16)
        #expect(keys == keys.sorted())
    }

    @Test func slashesAndNonASCIITextAreNotEscaped() {
        let json = JSONRenderer().render(FixtureReport.hostile())
        #expect(json.contains(#""text" : "See [click](javascript:alert(1)) and <img src=\"https://evil.example/x.png\" onerror=\"alert(2)\">.""#))
        #expect(JSONRenderer().render(FixtureReport.full()).contains("Lillestrøm"))
    }

    @Test func numberJSONCannotRepresentGivesAnErrorObject() throws {
        var report = FixtureReport.hostile()
        report.speakers[0].statistics.wordShare = .nan
        let json = JSONRenderer().render(report)
        let object = try JSONDecoder().decode([String: String].self, from: Data(json.utf8))
        #expect(object["error"]?.hasPrefix("the report could not be encoded as JSON") == true)
    }
}
