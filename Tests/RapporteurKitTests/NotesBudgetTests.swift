import RapporteurTesting
import Testing

@testable import RapporteurKit

@Suite struct NotesBudgetTests {
    private typealias Note = NotesDocument.Note

    /// Arguments a1…a6 (heaviest first), two points, decisions r1…r8 and questions q1…q4 in transcript order.
    private var document: NotesDocument {
        var document = NotesDocument()
        document.add(
            NotesHeading.arguments,
            (1...6).map { Note(id: "a\($0)", speaker: "S", text: "claim number \($0) of the speaker", citations: [$0]) }
        )
        document.add(NotesHeading.points, (1...2).map { Note(id: "p\($0)", text: "point \($0)", citations: [$0]) })
        document.add(NotesHeading.decisions, (1...8).map { Note(id: "r\($0)", text: "decision \($0) was taken", citations: [10 + $0]) })
        document.add(NotesHeading.questions, (1...4).map { Note(id: "q\($0)", speaker: "S", text: "question \($0)?", citations: [20 + $0]) })
        return document
    }

    private func ids(_ document: NotesDocument, _ heading: String) -> [String] {
        document.sections.first { $0.heading == heading }?.notes.map(\.id) ?? []
    }

    /// Counts characters, so sizes are easy to check by hand.
    private func budget(_ tokens: Int) -> NotesBudget {
        NotesBudget(budget: tokens) { $0.count }
    }

    @Test(arguments: [
        (3, 9, [0, 3, 6]),
        (2, 5, [0, 2]),
        (0, 4, []),
        (4, 4, [0, 1, 2, 3]),
        (7, 4, [0, 1, 2, 3]),
    ])
    func spreadKeepsIndicesEvenlyFromTheFirst(keeping count: Int, of total: Int, expected: [Int]) {
        #expect(NotesBudget.spread(keeping: count, of: total) == expected)
    }

    @Test func thinningKeepsTheHeaviestArgumentsAndSpreadsTheChunkLists() {
        let (thinned, cuts) = NotesBudget.thinned(document, share: 0.5)
        #expect(ids(thinned, NotesHeading.arguments) == ["a1", "a2", "a3"])
        #expect(ids(thinned, NotesHeading.decisions) == ["r1", "r3", "r5", "r7"])
        #expect(ids(thinned, NotesHeading.questions) == ["q1", "q3"])
        #expect(ids(thinned, NotesHeading.points) == ["p1", "p2"], "bounded sections stay whole")
        #expect(thinned.citations(for: ["r5"]) == [15], "kept notes keep their IDs and citations")
        #expect(
            cuts == [
                .init(heading: NotesHeading.arguments, kept: 3, total: 6),
                .init(heading: NotesHeading.decisions, kept: 4, total: 8),
                .init(heading: NotesHeading.questions, kept: 2, total: 4),
            ]
        )
    }

    @Test func thinningToNothingKeepsOneArgumentAndLeavesEmptiedSectionsOut() {
        let (thinned, _) = NotesBudget.thinned(document, share: 0)
        #expect(thinned.sections.map(\.heading) == [NotesHeading.arguments, NotesHeading.points])
        #expect(ids(thinned, NotesHeading.arguments) == ["a1"])
    }

    @Test func notesThatFitAreReadWhole() async throws {
        let whole = document
        let fitted = try #require(try await budget(whole.text.count).fitted(whole))
        #expect(fitted.document == whole)
        #expect(fitted.cuts.isEmpty)
        #expect(fitted.tokens == whole.text.count)
    }

    @Test(arguments: [0.9, 0.7, 0.5])
    func notesThatDoNotFitAreThinnedUntilTheyFit(share: Double) async throws {
        let whole = document
        let limit = Int(Double(whole.text.count) * share)
        let fitted = try #require(try await budget(limit).fitted(whole))
        #expect(fitted.document.text.count <= limit)
        #expect(fitted.tokens == fitted.document.text.count && fitted.originalTokens == whole.text.count)
        #expect(!fitted.cuts.isEmpty)
        #expect(ids(fitted.document, NotesHeading.points) == ["p1", "p2"])
        #expect(ids(fitted.document, NotesHeading.arguments).first == "a1")
    }

    @Test func notesWhoseBoundedSectionsAloneDoNotFitAreNotThinned() async throws {
        let fixed = document.keeping([NotesHeading.points]).text.count
        #expect(try await budget(fixed).fitted(document) == nil)
    }

    @Test func describingTheCutsSaysHowEachSectionWasThinned() {
        let cuts: [NotesBudget.Cut] = [
            .init(heading: NotesHeading.arguments, kept: 150, total: 194),
            .init(heading: NotesHeading.decisions, kept: 300, total: 612),
        ]
        #expect(
            NotesBudget.describe(cuts)
                == "150 of 194 arguments (those resting on the most sentences), 300 of 612 decisions and actions (spread over the session)"
        )
    }

    @Test func synthesisNotesBeyondTheContextAreThinnedAndEveryCallFits() async throws {
        let context = 2000
        let model = ScriptedLanguageModel(contextTokens: context)
        let report = try await PipelineFixture.run(model, chunkTokens: 200)
        for request in model.requests {
            let prompt = try await model.countTokens(request.messages.map(\.content).joined(separator: "\n"))
            #expect(prompt + 2 * StructuredCall.tokensPerMessage + request.maxTokens <= context, "\(request.schemaName)")
        }
        let warning = try #require(report.diagnostics.first { $0.message.contains("do not fit the context of 2000 tokens") })
        #expect(warning.severity == .warning && warning.stage == "synthesis")
        #expect(warning.message.contains("arguments (those resting on the most sentences)"))
        #expect(!report.diagnostics.contains { $0.severity == .error })
        #expect(!report.summary.isEmpty && !report.narrative.sections.isEmpty)
    }
}
