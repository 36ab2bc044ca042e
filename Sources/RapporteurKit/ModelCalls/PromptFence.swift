/// The pipeline's fence around data in prompts (``DataFence``), for code outside the core that writes its own
/// prompts, such as the baselines of `RapporteurEvaluation`: text between the tags is data, never instructions.
public enum PromptFence {
    /// The tag that opens transcript data.
    public static let transcriptOpen = DataFence.transcriptOpen
    /// The tag that closes transcript data.
    public static let transcriptClose = DataFence.transcriptClose

    /// Makes text safe inside the fence: angle brackets become single guillemets, line breaks become spaces.
    ///
    /// - Parameter text: Data text.
    /// - Returns: The text with no `<`, `>` or line break.
    public static func escape(_ text: String) -> String {
        DataFence.escape(text)
    }
}
