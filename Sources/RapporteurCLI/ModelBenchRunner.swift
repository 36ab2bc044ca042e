import Foundation
import RapporteurEvaluation
import RapporteurKit

/// Writes one report of a transcript on a model, as `rapporteur report` does, and measures the model work.
struct ModelBenchRunner {
    /// The model to measure; give it without a response cache, or the cached replies count as no work.
    var model: any LanguageModel
    /// Transcript tokens per chunk.
    var chunkTokens: Int
    /// Where the pipeline's progress goes.
    var progress: (any PipelineProgress)?

    /// Runs the report and measures it.
    ///
    /// - Parameters:
    ///   - loaded: The transcript, read and measured.
    ///   - input: The input's name.
    /// - Returns: The figures.
    /// - Throws: What the pipeline throws (model failures after retries, a transcript too short).
    func run(_ loaded: LoadedSession, input: String) async throws -> ModelBenchResult {
        let options = ReportPipeline.Options(chunkTokens: chunkTokens, generator: "Rapporteur \(RapporteurCommand.version)")
        try options.checkLength(loaded.transcript)
        let transcriptTokens = try await model.countTokens(ModelEfficiency.transcriptText(loaded.transcript))
        let recording = RecordingLanguageModel(model)
        let pipeline = ReportPipeline(model: recording, options: options, progress: progress)
        let clock = ContinuousClock()
        let started = clock.now
        let report = try await pipeline.run(
            transcript: loaded.transcript,
            speakers: loaded.speakerSections,
            session: SessionInfo(title: URL(fileURLWithPath: input).deletingPathExtension().lastPathComponent)
        )
        let wallSeconds = BenchClock.milliseconds(clock.now - started) / 1000
        return ModelBenchResult(
            input: input,
            words: loaded.statistics.totalWords,
            model: model.name,
            engine: model.engine,
            chunkTokens: chunkTokens,
            efficiency: ModelEfficiency(transcriptTokens: transcriptTokens, responses: recording.responses, wallSeconds: wallSeconds),
            itemsKept: report.metadata.itemsKept,
            itemsDropped: report.metadata.itemsDropped
        )
    }
}
