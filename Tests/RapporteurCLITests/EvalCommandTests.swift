import ArgumentParser
import Foundation
import RapporteurKit
import RapporteurTesting
import Testing

@testable import RapporteurCLI

/// Transcripts and references written for the evaluation tests (not copied from the corpus).
enum EvalFixture {
    static let timedVTT = """
        WEBVTT

        00:00:01.000 --> 00:00:04.000
        <v Alice>We should connect every school by next year.

        00:00:04.500 --> 00:00:07.000
        <v Bruno>The budget does not allow it.

        """
    static let untimedJSON = #"{"turns":[{"speaker":"Alice","text":"We should connect every school."},{"speaker":"Bruno","text":"No."}]}"#
    static let untimedText = "Alice: We should connect every school.\nBruno: The budget does not allow it.\n"
    static let timedText =
        "[00:00:01.000 - 00:00:03.000] Alice: We should connect every school.\n"
        + "[00:00:03.500 - 00:00:05.000] Bruno: The budget does not allow it.\n"
    static let igfRaw = ">> ALICE: We should connect every school.\n>> BRUNO: The budget does not allow it.\n"

    /// A QMSum-style reference for the Senedd excerpt fixture.
    static let seneddReference = """
        {"general_summary": [{"query": "Summarize the whole meeting.", "answer": "The committee discussed how schools \
        support pupils and which guidance the Welsh Government gives to schools and local authorities."}],
         "specific_queries": [{"query": "What did Lynne Neagle think about guidance?", "answer": "Lynne Neagle asked \
        about the guidance given to schools."}]}
        """

    static let senedd = "senedd-cype-2020-04-education-excerpt.txt"

    /// The shared corpus, on machines that have it.
    static let corpus = "/work/shared/corpus"

    /// Writes files into subfolders of a temporary folder, e.g. `["a/transcript.vtt": text]`.
    static func folder(_ files: [String: String]) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        for (path, text) in files {
            let url = folder.file(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return folder
    }

    /// A folder with the Senedd excerpt and its reference as meeting `senedd`.
    static func seneddFolder() throws -> TemporaryFolder {
        let folder = try Self.folder(["senedd/reference.json": seneddReference])
        try FileManager.default.copyItem(at: try fixtureURL(senedd), to: folder.file("senedd/transcript.txt"))
        return folder
    }

    static func fixtureURL(_ name: String) throws -> URL {
        try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"))
    }

    static func runner(_ model: ScriptedLanguageModel, baselines: [EvalSystem] = [.lead, .oneCall]) -> EvalRunner {
        EvalRunner(model: model, baselines: baselines, generator: "Rapporteur test", now: { Date(timeIntervalSince1970: 1_766_000_000) })
    }
}

@Suite struct EvalDiscoveryTests {
    @Test(arguments: [
        (
            files: ["transcript.txt", "transcript.json", "transcript.vtt", "reference.json"],
            expected: ["transcript.vtt", "transcript.json", "transcript.txt"]
        ),
        (files: ["transcript.srt", "transcript.txt"], expected: ["transcript.srt", "transcript.txt"]),
        (files: ["transcript_igf_raw.txt", "transcript.txt", "checklist.json"], expected: ["transcript.txt"]),
        (files: ["transcript_igf_raw.txt", "notes.txt"], expected: ["transcript_igf_raw.txt"]),
        (files: ["reference.json", "notes.txt"], expected: []),
    ])
    func candidatesFollowTheExtensionPreference(files: [String], expected: [String]) {
        #expect(EvalDiscovery.transcriptCandidates(files) == expected)
    }

    @Test func folderLayoutFindsOneMeetingPerSubfolderAndPrefersTimestamps() throws {
        let folder = try EvalFixture.folder([
            "ami/transcript.vtt": EvalFixture.timedVTT,
            "ami/transcript.json": EvalFixture.untimedJSON,
            "ami/reference.json": EvalFixture.seneddReference,
            "qmsum/transcript.json": EvalFixture.untimedJSON,
            "qmsum/transcript.txt": EvalFixture.untimedText,
            "timed-text/transcript.json": EvalFixture.untimedJSON,
            "timed-text/transcript.txt": EvalFixture.timedText,
            "igf/transcript_igf_raw.txt": EvalFixture.igfRaw,
            "igf/roster.yaml": "speakers:\n  - name: Alice\n",
            "empty/notes.txt": "nothing",
            "README.md": "not a meeting",
        ])
        let meetings = try EvalDiscovery.meetings(in: folder.url.path)
        #expect(meetings.map(\.id) == ["ami", "igf", "qmsum", "timed-text"])
        #expect(
            meetings.map(\.transcript) == ["ami/transcript.vtt", "igf/transcript_igf_raw.txt", "qmsum/transcript.json", "timed-text/transcript.txt"]
        )
        #expect(meetings.map(\.reference) == ["ami/reference.json", nil, nil, nil])
        #expect(meetings.map(\.roster) == [nil, "igf/roster.yaml", nil, nil])
        #expect(meetings.allSatisfy { $0.directory == folder.url.path })
    }

    @Test func folderThatIsItselfAMeetingIsOneMeeting() throws {
        let folder = try EvalFixture.folder(["igf2020/transcript.txt": EvalFixture.untimedText, "igf2020/original/source.xml": "<x/>"])
        let meetings = try EvalDiscovery.meetings(in: folder.file("igf2020").path)
        #expect(meetings.map(\.id) == ["igf2020"])
        #expect(meetings.map(\.transcript) == ["transcript.txt"])
    }

    @Test func manifestListsMeetingsInItsOrderWithRelativePaths() throws {
        let manifest = #"""
            {"meetings": [{"id": "second", "transcript": "data/b.vtt", "reference": "refs/b.json"},
                          {"id": "first", "transcript": "data/a.txt", "roster": "data/a.yaml"}]}
            """#
        let folder = try EvalFixture.folder(["eval.json": manifest, "data/a.txt": EvalFixture.untimedText, "data/b.vtt": EvalFixture.timedVTT])
        let meetings = try EvalDiscovery.meetings(in: folder.url.path)
        #expect(meetings.map(\.id) == ["second", "first"])
        #expect(meetings.map(\.transcript) == ["data/b.vtt", "data/a.txt"])
        #expect(meetings.map(\.reference) == ["refs/b.json", nil])
        #expect(meetings.map(\.roster) == [nil, "data/a.yaml"])
        #expect(meetings[0].resolve(meetings[0].transcript) == folder.file("data/b.vtt").path)
    }

    @Test(arguments: [
        (manifest: #"{"meetings": []}"#, reason: "lists no meetings"),
        (manifest: #"{"items": []}"#, reason: "not an evaluation manifest"),
        (manifest: #"{"meetings": [{"id": "a", "transcript": "a.txt"}, {"id": "a", "transcript": "b.txt"}]}"#, reason: "appears more than once"),
    ])
    func invalidManifestIsRejected(manifest: String, reason: String) throws {
        let folder = try EvalFixture.folder(["eval.json": manifest])
        #expect {
            try EvalDiscovery.meetings(in: folder.url.path)
        } throws: { error in
            (error as? InputError)?.reason.contains(reason) == true
        }
    }

    @Test func folderWithoutMeetingsIsAnError() throws {
        let folder = try EvalFixture.folder(["notes/readme.txt": "nothing"])
        #expect(throws: InputError.self) { try EvalDiscovery.meetings(in: folder.url.path) }
    }

    @Test func selectionKeepsTheGivenOrderAndNamesUnknownIDs() throws {
        let meetings = ["a", "b", "c"].map { EvalMeeting(id: $0, directory: "/x", transcript: "\($0)/transcript.txt") }
        #expect(try EvalDiscovery.select(meetings, ids: ["c", "a"]).map(\.id) == ["c", "a"])
        #expect(try EvalDiscovery.select(meetings, ids: nil).map(\.id) == ["a", "b", "c"])
        #expect {
            try EvalDiscovery.select(meetings, ids: ["a", "zz"])
        } throws: { error in
            (error as? InputError)?.reason == "unknown meeting(s) zz; known: a, b, c"
        }
    }
}

@Suite struct EvalRunnerTests {
    @Test func pipelineAndBaselinesAreEvaluatedOnTheSameMeeting() async throws {
        let folder = try EvalFixture.seneddFolder()
        let meeting = try #require(try EvalDiscovery.meetings(in: folder.url.path).first)
        let outcome = try await EvalFixture.runner(.plausible()).evaluate(meeting)
        #expect(outcome.results.map(\.system) == [.pipeline, .lead, .oneCall])
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
            try await EvalFixture.runner(ScriptedLanguageModel(contextTokens: 2600), baselines: [.oneCall]).run(meetings).first
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
            baselines: [.lead, .oneCall],
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
        #expect(baselines.map { $0["name"] as? String } == ["lead", "one-call"])
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
        #expect(markdown.contains("  - one-call: not run: transcript of "))
        #expect(markdown.contains("  - lead: evaluated"))
        #expect(markdown.contains("| Metric | `senedd` | all |"))
        #expect(markdown.contains("| Summary ROUGE-1 F1 — pipeline | "))
        #expect(markdown.contains("| Summary ROUGE-1 F1 — one-call | not run | – |"))
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

@Suite struct EvalCommandTests {
    @Test func baselinesAreRepeatableOrCommaSeparatedWithoutRepeats() throws {
        #expect(try EvalSystem.parseBaselines(["lead,one-call"]) == [.lead, .oneCall])
        #expect(try EvalSystem.parseBaselines(["one-call", "lead", "one-call"]) == [.oneCall, .lead])
        #expect(try EvalSystem.parseBaselines([]) == [])
        #expect(throws: ValidationError.self) { try EvalSystem.parseBaselines(["pipeline"]) }
        #expect(throws: ValidationError.self) { try EvalSystem.parseBaselines(["lead,summary"]) }
    }

    @Test func optionsParse() throws {
        let command = try EvalCommand.parse([
            "corpus", "--meetings", "a,b", "--baseline", "lead", "--baseline", "one-call", "--markdown", "-o", "docs/t.md", "--chunk-tokens", "900",
        ])
        #expect(command.directory == "corpus")
        #expect(command.meetings == "a,b")
        #expect(command.baselineNames == ["lead", "one-call"])
        #expect(command.format == .markdown)
        #expect(command.output == "docs/t.md")
        #expect(command.chunkTokens == 900)
        #expect(throws: (any Error).self) { try EvalCommand.parse(["corpus", "--json", "--markdown"]) }
        #expect(throws: (any Error).self) { try EvalCommand.parse(["corpus", "--baseline", "magic"]) }
    }

    @Test func executableReportsAMissingFolderBeforeStartingAModel() async throws {
        let folder = try TemporaryFolder()
        let result = try await Rapporteur.run(["eval", "no-such-corpus", "--llm-url", "http://127.0.0.1:9"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("no-such-corpus"))
        #expect(try folder.contents().isEmpty)
    }
}

/// Discovery and the lead baseline on the real corpus, when it is on this machine (no model needed).
@Suite(.enabled(if: FileManager.default.fileExists(atPath: EvalFixture.corpus + "/README.md")))
struct EvalCorpusTests {
    static let corpus = EvalFixture.corpus

    @Test func corpusMeetingsUseTheirTimestampedTranscriptsAndReferences() throws {
        let meetings = try EvalDiscovery.meetings(in: Self.corpus)
        let transcripts = Dictionary(uniqueKeysWithValues: meetings.map { ($0.id, $0.transcript) })
        #expect(
            transcripts == [
                "business_ami_ES2002b": "business_ami_ES2002b/transcript.vtt",
                "igf2020_of42_personal_sovereignty": "igf2020_of42_personal_sovereignty/transcript.json",
                "parliament_ca_covid19_committee_qmsum_covid_2": "parliament_ca_covid19_committee_qmsum_covid_2/transcript.json",
                "parliament_wales_cype_committee_qmsum_education_1": "parliament_wales_cype_committee_qmsum_education_1/transcript.json",
                "research_group_icsi_Bed009": "research_group_icsi_Bed009/transcript.vtt",
            ]
        )
        #expect(meetings.filter { $0.reference == nil }.map(\.id) == ["igf2020_of42_personal_sovereignty"])
    }

    @Test func unreachableModelFailsThePipelineButTheLeadIsStillEvaluated() async throws {
        let meetings = try EvalDiscovery.meetings(in: Self.corpus)
        let model = ScriptedLanguageModel(fallback: .failure(LanguageModelError(.unreachable, "no server in this test")))
        let outcomes = try await EvalFixture.runner(model, baselines: [.lead]).run(meetings)
        let output = EvalOutput(outcomes: outcomes, baselines: [.lead], date: "d", generator: "g", model: "m", engine: "e")
        #expect(output.meetings.allSatisfy { $0.pipeline.status == .failed && $0.pipeline.message?.contains("unreachable") == true })
        #expect(output.hasFailure)
        let lead = try #require(output.baselines.first)
        #expect(lead.evaluations.map(\.meeting) == meetings.map(\.id))
        #expect(lead.evaluations.filter { $0.summary != nil }.count == 4)
        #expect(lead.evaluations.allSatisfy { $0.grounding.itemsWithValidCitations == $0.grounding.items })
    }
}
