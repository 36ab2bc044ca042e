import Foundation
import RapporteurKit
import RapporteurTesting
import Testing

@Suite struct ReportValidationTests {
    /// A change that makes the full fixture report invalid, and the reason loading it must give.
    struct Broken: Sendable, CustomTestStringConvertible {
        var testDescription: String
        var reason: String
        var change: @Sendable (inout Report) -> Void
    }

    static let broken: [Broken] = [
        Broken(testDescription: "duplicate sentence ID", reason: "transcript[1].id 1 is used by an earlier sentence") {
            $0.transcript[1].id = 1
        },
        Broken(testDescription: "negative sentence ID", reason: "transcript[0].id is -1; sentence IDs start at 1") {
            $0.transcript[0].id = -1
        },
        Broken(testDescription: "citation of a missing sentence", reason: "summary[0].citations cites sentence 999, which is not in the transcript") {
            $0.summary[0].citations.append(999)
        },
        Broken(testDescription: "citation deep in an argument", reason: "speakers[0].arguments[0].explanation.citations cites sentence 0") {
            $0.speakers[0].arguments[0].explanation.citations = [0]
        },
        Broken(testDescription: "duplicate argument ID", reason: "has the ID \"a1\" of an earlier argument") {
            $0.speakers[1].arguments[0].id = $0.speakers[0].arguments[0].id
        },
        Broken(testDescription: "huge speech time", reason: "speakers[0].statistics.speechSeconds is 1e+19; it must be 0.0 to 3600000.0") {
            $0.speakers[0].statistics.speechSeconds = 1e19
        },
        Broken(testDescription: "huge sentence start", reason: "transcript[0].start is 1000000000000000.0; it must be 0.0 to 3600000.0") {
            $0.transcript[0].start = 1e15
        },
        Broken(testDescription: "share above 1", reason: "speakers[0].statistics.wordShare is 2.0; it must be 0.0 to 1.0") {
            $0.speakers[0].statistics.wordShare = 2
        },
        Broken(testDescription: "negative count", reason: "speakers[0].statistics.words is -5; it must be 0 to 1000000000000") {
            $0.speakers[0].statistics.words = -5
        },
        Broken(testDescription: "count past the limit", reason: "metadata.usage.generatedTokens is 9223372036854775807") {
            $0.metadata.usage.generatedTokens = .max
        },
        Broken(testDescription: "huge words per minute", reason: "speakers[0].statistics.wordsPerMinute is 1e+300") {
            $0.speakers[0].statistics.wordsPerMinute = 1e300
        },
    ]

    @Test func theFullFixtureReportIsValid() throws {
        try FixtureReport.full().validate()
        try FixtureReport.hostile().validate()
    }

    @Test(arguments: broken)
    func loadingAnInvalidReportNamesTheMemberAndWhy(_ broken: Broken) throws {
        var report = FixtureReport.full()
        broken.change(&report)
        let error = try #require(throws: InputError.self) { try Report.load(Data(JSONRenderer().render(report).utf8), name: "r.json") }
        #expect(error.file == "r.json")
        #expect(error.reason.hasPrefix("not a valid report: "), "\(error.reason)")
        #expect(error.reason.contains(broken.reason), "\(error.reason)")
    }

    @Test(arguments: [
        ("1.0.0-evil", #"report schema "1.0.0-evil" is not a schema version (MAJOR.MINOR, e.g. \#(Report.currentSchemaVersion))"#),
        ("1", #"report schema "1" is not a schema version"#),
        ("", #"report schema "" is not a schema version"#),
        ("2.0", "report schema 2.0 is not readable by this build (\(Report.currentSchemaVersion))"),
    ])
    func loadingRefusesAnUnknownSchemaVersion(version: String, reason: String) throws {
        var report = FixtureReport.full()
        report.schemaVersion = version
        let error = try #require(throws: InputError.self) { try Report.load(Data(JSONRenderer().render(report).utf8), name: "r.json") }
        #expect(error.reason.hasPrefix(reason), "\(error.reason)")
    }

    @Test func aLaterMinorVersionIsRead() throws {
        var report = FixtureReport.full()
        report.schemaVersion = "1.7"
        #expect(try Report.load(Data(JSONRenderer().render(report).utf8), name: "r.json") == report)
    }

    @Test(
        arguments: [
            ("{\n  \"schemaVersion\": \"1.0\",\n  \"session\": {,}\n}\n", 3, "not valid JSON"),
            (#"{"schemaVersion": 1}"#, nil, #"not a Rapporteur report (JSON of docs/report.schema.json): schemaVersion is not a string"#),
            (#"["schemaVersion"]"#, nil, "not a Rapporteur report (JSON of docs/report.schema.json): top level is not an object"),
        ] as [(String, Int?, String)]
    )
    func loadingBrokenJSONNamesTheLineOrTheMember(json: String, line: Int?, reason: String) throws {
        let error = try #require(throws: InputError.self) { try Report.load(Data(json.utf8), name: "r.json") }
        #expect(error.line == line)
        #expect(error.reason.hasPrefix(reason), "\(error.reason)")
    }

    @Test func aMistypedMemberIsNamedByItsPath() throws {
        var json = JSONRenderer().render(FixtureReport.full())
        json = json.replacingOccurrences(of: #""words" : "#, with: #""words" : "many", "x" : "#)
        let error = try #require(throws: InputError.self) { try Report.load(Data(json.utf8), name: "r.json") }
        #expect(error.reason.contains("speakers[0].statistics.words is not a whole number"), "\(error.reason)")
    }
}
