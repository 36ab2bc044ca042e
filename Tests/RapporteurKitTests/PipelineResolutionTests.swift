import RapporteurTesting
import Testing

@testable import RapporteurKit

/// The choice among the decisions and actions noted chunk by chunk (``ResolutionStage``).
@Suite struct PipelineResolutionTests {
    private func user(_ request: CompletionRequest) -> String { request.messages.first { $0.role == "user" }?.content ?? "" }

    /// The action items of a run whose choice failed: all that the chunks noted.
    private func allNoted() async throws -> (items: [Takeaways.ActionItem], report: Report) {
        let timeout = LanguageModelError(.timeout, "no reply within 600 s")
        let model = ScriptedLanguageModel.plausible(rules: [.init(schemaName: "resolutions", replies: [.failure(timeout)])])
        let report = try await PipelineFixture.run(model)
        return (report.takeaways.actionItems, report)
    }

    @Test func theReportAndTheSynthesisKeepOnlyTheChosenItems() async throws {
        let all = try await allNoted().items
        try #require(all.count >= 2)
        let model = ScriptedLanguageModel.plausible(rules: [
            .init(schemaName: "resolutions", replies: [.json(.object(["ids": .array([.string("r2")])]))])
        ])
        let report = try await PipelineFixture.run(model)
        #expect(report.takeaways.actionItems == [all[1]])
        let choice = try #require(model.requests.first { $0.schemaName == "resolutions" })
        #expect(all.allSatisfy { user(choice).contains($0.text) }, "the choice reads every noted item")
        let takeaways = try #require(model.requests.first { $0.schemaName == "takeaways" })
        let decisions = user(takeaways).split(separator: "\n").drop { $0 != "\(NotesHeading.decisions):" }.dropFirst().prefix { !$0.hasSuffix(":") }
        #expect(decisions.count == 1 && decisions.first?.hasPrefix("r1 \(all[1].text)") == true, "the synthesis reads the kept item only")
        #expect(report.diagnostics.contains { $0.severity == .note && $0.message.hasPrefix("kept 1 of the \(all.count) decisions and action items") })
    }

    @Test func aFailedChoiceKeepsEveryItemAndSaysSo() async throws {
        let (all, report) = try await allNoted()
        #expect(!all.isEmpty)
        let failure = try #require(report.diagnostics.first { $0.severity == .error })
        #expect(failure.stage == ResolutionStage.name)
        #expect(failure.message.hasPrefix("choice among the \(all.count) decisions and action items (all kept) left out: model call timed out"))
    }

    @Test func notesNumberTheItemsAndNameTheOwner() {
        let items = [
            Takeaways.ActionItem(text: "Write to the Minister.", owner: "Chair", citations: [4]),
            Takeaways.ActionItem(text: "The report is adopted.", owner: nil, citations: [7, 8]),
        ]
        let document = ResolutionStage.notes(items)
        #expect(document.ids == ["r1", "r2"])
        #expect(document.text.contains("r1 Write to the Minister. (to act: Chair)\nr2 The report is adopted.\n"))
        #expect(document.citations(for: ["r2"]) == [7, 8])
    }

    @Test func theSchemaOffersOnlyTheNotesIDs() {
        let schema = ResolutionStage.Reply.schema(["r1", "r2"])
        #expect(PlausibleAnswer.encode(schema).contains(#""enum":["r1","r2"]"#))
    }
}
