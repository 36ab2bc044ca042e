import RapporteurEvaluation
import RapporteurKit

/// What `rapporteur bench FILE --model-run` measured: one report written on the model with the response cache off.
struct ModelBenchResult: Codable {
    /// The input's name.
    var input: String
    /// The transcript's words.
    var words: Int
    /// The model's name.
    var model: String
    /// The engine that ran it.
    var engine: String
    /// Transcript tokens per chunk.
    var chunkTokens: Int
    /// The model work, against its lower bound.
    var efficiency: ModelEfficiency
    /// Report items the verifier kept.
    var itemsKept: Int
    /// Report items the verifier dropped.
    var itemsDropped: Int
}
