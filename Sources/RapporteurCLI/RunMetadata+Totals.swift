import RapporteurKit

extension RunMetadata {
    /// Report items the verifier kept, over all sections.
    var itemsKept: Int { verification.reduce(0) { $0 + $1.kept } }
    /// Report items the verifier dropped, over all sections.
    var itemsDropped: Int { verification.reduce(0) { $0 + $1.dropped } }
}
