import Foundation
import RapporteurEvaluation
import RapporteurKit
import RapporteurTesting
import Testing

@testable import RapporteurCLI

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
