public import Foundation
public import RapporteurKit

/// Wraps a ``LanguageModel`` with a content-addressed on-disk cache, so a rerun or a resumed run repeats no finished call.
///
/// The key is the SHA-256 of the model name and the canonical JSON of the request (messages, schema name, schema,
/// max tokens, temperature). Replies the model finished are stored: complete ones, and ones cut off at the request's
/// own token limit, which asking again at temperature 0 only repeats at the same cost (a one-call baseline that loops
/// costs minutes per attempt); replies stopped for any other reason are not. Entries are written to a
/// temporary file and renamed, so a run killed half-way never leaves half an entry. Copies and concurrent calls are
/// safe: the only shared state is the folder, and each entry appears atomically.
public struct CachingLanguageModel: LanguageModel {
    /// The wrapped model.
    public let base: any LanguageModel
    /// The cache folder.
    public var folder: URL { store.folder }

    private let store: ResponseCacheStore

    /// Wraps a model with a cache folder.
    ///
    /// - Parameters:
    ///   - base: The model that answers misses.
    ///   - folder: The cache folder; created on the first store.
    public init(_ base: any LanguageModel, folder: URL) {
        self.base = base
        self.store = ResponseCacheStore(folder: folder)
    }

    /// Wraps a model with the data directory's cache folder.
    ///
    /// - Parameters:
    ///   - base: The model that answers misses.
    ///   - dataDirectory: The data directory whose `cache` folder is used.
    public init(_ base: any LanguageModel, dataDirectory: DataDirectory) {
        self.init(base, folder: dataDirectory.cache)
    }

    /// The wrapped model's name.
    public var name: String { base.name }
    /// The wrapped model's engine.
    public var engine: String { base.engine }
    /// The wrapped model's context window.
    public var contextTokens: Int { base.contextTokens }

    /// Returns the stored reply of an identical earlier request, or asks the wrapped model and stores its reply when
    /// it is complete or cut off at the token limit.
    ///
    /// - Parameter request: The request.
    /// - Returns: The reply; `fromCache` tells where it came from.
    /// - Throws: The wrapped model's errors; a failure to write the cache is not an error.
    public func complete(_ request: CompletionRequest) async throws -> CompletionResponse {
        let key = try CacheKey(request: request, model: base.name)
        if var hit = store.response(for: key) {
            hit.fromCache = true
            return hit
        }
        let response = try await base.complete(request)
        if response.finishReason != .other {
            try? store.store(response, for: key, model: base.name)
        }
        return response
    }

    /// Counts tokens with the wrapped model.
    ///
    /// - Parameter text: The text.
    /// - Returns: The wrapped model's count.
    /// - Throws: The wrapped model's errors.
    public func countTokens(_ text: String) async throws -> Int {
        try await base.countTokens(text)
    }
}
