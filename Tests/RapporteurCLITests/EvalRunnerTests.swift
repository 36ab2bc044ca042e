import Foundation
import RapporteurEvaluation
import RapporteurKit
import RapporteurTesting
import Testing

@testable import RapporteurCLI

@Suite struct EvalRunnerTests {
    @Test func pipelineAndBaselinesAreEvaluatedOnTheSameMeeting() async throws {
        let folder = try EvalFixture.seneddFolder()
        let meeting = try #require(try EvalDiscovery.meetings(in: folder.url.path).first)
        let outcome = try await EvalFixture.runner(.plausible()).evaluate(meeting)
        #expect(outcome.results.map(\.system) == [.pipeline, .lead, .oneCallReport])
        #expect(!outcome.hasFailure)

        let reference = try MeetingReference.decode(Data(EvalFixture.seneddReference.utf8), name: "reference.json")
        for result in outcome.results {
            let report = try #require(result.report, "\(result.system) made no report")
            guard case .evaluated(let evaluation) = result.status else {
                Issue.record("\(result.system) was not evaluated: \(result.status)")
                continue
            }
            #expect(evaluation == Evaluation.evaluate(report: report, reference: reference, meeting: "senedd"))
            #expect(evaluation.summary != nil)
            #expect(evaluation.speakerPositions?.queries.count == 1)
            #expect(report.transcript.count > 20)
        }
        let oneCall = try #require(outcome.results.last?.report)
        let grounding = Evaluation.groundingCheck(report: oneCall)
        #expect(grounding.items > 0)
        #expect(grounding.itemsWithCitations == 0)
        let lead = try #require(outcome.results[1].report)
        #expect(lead.summary.flatMap(\.citations) == Array(1...lead.summary.flatMap(\.citations).count))
    }

    @Test func oneCallIsNotRunWhenTheTranscriptDoesNotFitTheContext() async throws {
        let folder = try EvalFixture.seneddFolder()
        let meetings = try EvalDiscovery.meetings(in: folder.url.path)
        let outcome = try #require(
            try await EvalFixture.runner(ScriptedLanguageModel(contextTokens: 2600), baselines: [.oneCallReport]).run(meetings).first
        )
        guard case .notRun(let reason) = outcome.results.last?.status else {
            Issue.record("one-call ran: \(String(describing: outcome.results.last?.status))")
            return
        }
        #expect(reason.contains("exceeds the context of 2600 tokens"))
        #expect(!outcome.hasFailure)
    }

    @Test func failingMeetingIsRecordedAndTheNextStillRuns() async throws {
        let folder = try EvalFixture.seneddFolder()
        let good = try #require(try EvalDiscovery.meetings(in: folder.url.path).first)
        let broken = EvalMeeting(id: "broken", directory: folder.url.path, transcript: "missing/transcript.txt")
        var seen: [String] = []
        let outcomes = try await EvalFixture.runner(.plausible(), baselines: [.lead]).run([broken, good]) { seen.append($0.meeting.id) }
        #expect(seen == ["broken", "senedd"])
        #expect(outcomes[0].results.map(\.system) == [.pipeline, .lead])
        for result in outcomes[0].results {
            guard case .failed(let reason) = result.status else {
                Issue.record("\(result.system) did not fail")
                continue
            }
            #expect(reason.contains("no such file"))
        }
        #expect(!outcomes[1].hasFailure)
        let output = EvalOutput(outcomes: outcomes, baselines: [.lead], date: "d", generator: "g", model: "m", engine: "e")
        #expect(output.hasFailure)
        #expect(output.evaluations.map(\.meeting) == ["senedd"])
    }
}

@Suite struct EvalOutputTests {
    static func output() async throws -> (EvalOutput, TemporaryFolder) {
        let folder = try EvalFixture.seneddFolder()
        let meetings = try EvalDiscovery.meetings(in: folder.url.path)
        let reports = folder.file("reports").path
        let outcomes = try await EvalFixture.runner(ScriptedLanguageModel(contextTokens: 2600)).run(meetings) {
            try EvalReportStore.save(&$0, in: reports)
        }
        let output = EvalOutput(
            outcomes: outcomes,
            baselines: [.lead, .oneCallReport],
            date: "2026-01-01T00:00:00Z",
            generator: "Rapporteur test",
            model: "scripted-model",
            engine: "scripted (tests)"
        )
        return (output, folder)
    }

    @Test func jsonHasEvaluationsAveragesBaselinesAndRunDetails() async throws {
        let (output, _) = try await Self.output()
        let json = try output.jsonText()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object.keys.sorted() == ["averages", "baselines", "date", "engine", "evaluations", "generator", "meetings", "model"])
        let meeting = try #require((object["meetings"] as? [[String: Any]])?.first)
        #expect(meeting["id"] as? String == "senedd")
        #expect(meeting["transcript"] as? String == "senedd/transcript.txt")
        #expect(meeting["reference"] as? String == "senedd/reference.json")
        let pipeline = try #require(meeting["pipeline"] as? [String: Any])
        #expect(pipeline["status"] as? String == "evaluated")
        #expect(pipeline["wallSeconds"] is Double)
        #expect((pipeline["usage"] as? [String: Any])?["calls"] as? Int ?? 0 > 0)
        let baselines = try #require(object["baselines"] as? [[String: Any]])
        #expect(baselines.map { $0["name"] as? String } == ["lead", "one-call-report"])
        #expect(baselines.allSatisfy { Set($0.keys) == ["name", "runs", "evaluations", "averages"] })
        let runs = baselines.compactMap { ($0["runs"] as? [[String: Any]])?.first }
        #expect(runs.map { $0["status"] as? String } == ["evaluated", "not-run"])
        #expect((runs.last?["message"] as? String)?.hasPrefix("transcript of ") == true)
        #expect((baselines.last?["evaluations"] as? [Any])?.isEmpty == true)
        #expect(try JSONDecoder().decode(EvalOutput.self, from: Data(json.utf8)) == output)
    }

    @Test func reportsAreSavedAsReadableJSON() async throws {
        let (output, folder) = try await Self.output()
        #expect(
            try folder.contents().filter { $0.hasPrefix("reports/") } == ["reports/", "reports/senedd.lead.json", "reports/senedd.pipeline.json"]
        )
        let path = try #require(output.meetings.first?.pipeline.report)
        #expect(path == folder.file("reports/senedd.pipeline.json").path)
        let report = try ReportFile.load(path)
        #expect(
            Evaluation.evaluate(
                report: report,
                reference: try MeetingReference.decode(Data(EvalFixture.seneddReference.utf8), name: "r"),
                meeting: "senedd"
            ) == output.evaluations.first
        )
        #expect(output.baselines.last?.runs.first?.report == nil)
    }

    @Test func markdownListsFilesAndRunsAndComparesSystemsSideBySide() async throws {
        let (output, _) = try await Self.output()
        let markdown = output.markdownText
        #expect(markdown.contains("- `senedd`: transcript `senedd/transcript.txt`, reference `senedd/reference.json`\n"))
        #expect(markdown.contains("  - one-call-report: not run: transcript of "))
        #expect(markdown.contains("  - lead: evaluated"))
        #expect(markdown.contains("| Metric | `senedd` | all |"))
        #expect(markdown.contains("| Summary ROUGE-1 F1 — pipeline | "))
        #expect(markdown.contains("| Summary ROUGE-1 F1 — one-call-report | not run | – |"))
        #expect(output.terminalText.contains("Summary ROUGE-1 F1 — lead"))
    }

    @Test(
        arguments: [
            (reports: "r", output: "docs/table.md", expected: "r"),
            (reports: nil, output: "docs/table.md", expected: "docs/eval-reports"),
            (reports: nil, output: "table.md", expected: "eval-reports"),
            (reports: nil, output: nil, expected: "eval-reports"),
        ] as [(reports: String?, output: String?, expected: String)]
    )
    func reportsGoBesideTheOutputUnlessAFolderIsGiven(reports: String?, output: String?, expected: String) {
        #expect(EvalReportStore.folder(reports: reports, output: output) == expected)
    }
}

@Suite struct SummaryCallBaselineTests {
    @Test func oneCallAsksForASummaryOfTheWholeTranscriptAndScoresIt() async throws {
        let folder = try EvalFixture.seneddFolder()
        let meetings = try EvalDiscovery.meetings(in: folder.url.path)
        let summary = "The committee asked the minister about school hubs and testing of staff for COVID-19."
        let model = ScriptedLanguageModel.plausible(rules: [
            .init(schemaName: "one_call_summary", replies: [.json(.object(["summary": .string(summary)]))])
        ])
        let outcome = try #require(try await EvalFixture.runner(model, baselines: [.oneCall]).run(meetings).first)
        let report = try #require(outcome.results.last?.report)
        #expect(report.summary.map(\.text) == [summary])
        #expect(report.speakers.allSatisfy { $0.arguments.isEmpty })
        let request = try #require(model.requests.last { $0.schemaName == "one_call_summary" })
        #expect(
            request.messages.last?.content.hasSuffix("Summarize the whole meeting in one paragraph of about 150 words. summary = the paragraph.")
                == true
        )
        #expect(request.messages.last?.content.contains("Kirsty Williams AM: ") == true)
        guard case .evaluated(let evaluation)? = outcome.results.last?.status else {
            Issue.record("one-call was not evaluated")
            return
        }
        #expect(evaluation.summary != nil)
    }
}
