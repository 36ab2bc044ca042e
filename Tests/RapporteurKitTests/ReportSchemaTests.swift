import Foundation
import RapporteurKit
import RapporteurTesting
import Testing

/// `docs/report.schema.json` against the model: the fixtures' JSON must validate, and the full fixture must use
/// every property the schema declares, so neither can drift from the other.
@Suite struct ReportSchemaTests {
    static let schemaURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/report.schema.json")

    private func schema() throws -> JSONSchemaSubset {
        JSONSchemaSubset(try JSONDecoder().decode(JSONValue.self, from: Data(contentsOf: Self.schemaURL)))
    }

    private func json(_ report: Report) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(JSONRenderer().render(report).utf8))
    }

    @Test func schemaIsDraft2020WithDefinitionsForEverySection() throws {
        let root = try schema().root
        #expect(root["$schema"] == .string("https://json-schema.org/draft/2020-12/schema"))
        #expect(root["type"] == .string("object"))
        for name in ["SessionInfo", "KeyPoints", "SpeakerSection", "Argument", "Narrative", "Agreements", "Differences", "Takeaways", "RunMetadata"] {
            #expect(root["$defs"]?[name]?["type"] == .string("object"), "missing definition \(name)")
        }
    }

    @Test func schemaVersionMatchesTheModel() throws {
        let root = try schema().root
        #expect(root["properties"]?["schemaVersion"]?["enum"] == .array([.string(Report.currentSchemaVersion)]))
    }

    @Test(arguments: ["full", "hostile"])
    func fixtureJSONValidatesAgainstSchema(fixture: String) throws {
        var validator = try schema()
        let report = fixture == "full" ? FixtureReport.full() : FixtureReport.hostile()
        #expect(validator.validate(try json(report)) == [])
    }

    @Test func fullFixtureUsesEveryPropertyTheSchemaDeclares() throws {
        var validator = try schema()
        _ = validator.validate(try json(FixtureReport.full()))
        #expect(validator.declaredProperties.subtracting(validator.visited).sorted() == [])
        #expect(validator.declaredProperties.count > 100)
    }

    @Test func topLevelRequiredKeysAreExactlyTheReportsNonOptionalMembers() throws {
        let root = try schema().root
        guard case .array(let required)? = root["required"], case .object(let encoded) = try json(FixtureReport.hostile()) else {
            Issue.record("schema has no required list or the report is not an object")
            return
        }
        // The hostile fixture has no thought-provoking assessment, the only optional top-level member.
        #expect(Set(required.compactMap { if case .string(let key) = $0 { key } else { nil } }) == Set(encoded.keys))
    }

    /// Changes to a valid report that the model would not produce, and the error each must give.
    enum Drift: String, CaseIterable {
        case unknownTopLevelMember = "$: unexpected property \"unknownSection\""
        case uncitedStatement = "$.summary[0]: missing required \"citations\""
        case sentenceIDAsString = "$.transcript[0].id: expected integer, found string(\"1\")"
        case unknownRoleSource = "$.speakers[0].roleSource: string(\"guess\") is not one of the allowed values"

        func apply(to report: inout [String: JSONValue]) {
            switch self {
            case .unknownTopLevelMember: report["unknownSection"] = .array([])
            case .uncitedStatement: report["summary"] = .array([.object(["text": .string("uncited")])])
            case .sentenceIDAsString:
                report["transcript"] = .array([.object(["id": .string("1"), "speaker": .string("A"), "text": .string("t"), "turn": .number(0)])])
            case .unknownRoleSource:
                let statistics: JSONValue = .object(["words": .number(1), "turns": .number(1), "sentences": .number(1), "wordShare": .number(1)])
                let speaker: [String: JSONValue] = [
                    "name": .string("A"), "roleSource": .string("guess"), "isAdditional": .bool(false), "arguments": .array([]),
                    "statistics": statistics,
                ]
                report["speakers"] = .array([.object(speaker)])
            }
        }
    }

    @Test(arguments: Drift.allCases)
    func schemaRejectsReportsThatDriftFromTheModel(drift: Drift) throws {
        var validator = try schema()
        guard case .object(var report) = try json(FixtureReport.full()) else {
            Issue.record("report is not an object")
            return
        }
        drift.apply(to: &report)
        #expect(validator.validate(.object(report)) == [drift.rawValue])
    }
}
