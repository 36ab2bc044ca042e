import RapporteurKit

/// A synthetic UN-style plenary transcript for benchmarks: a chair and 40 delegations, timestamps on every turn,
/// sentences with the abbreviations, numbers, document symbols and quotes of real statements.
///
/// Generation is deterministic: the same word count and seed give the same text on every run and toolchain.
/// A 30,000-word plenary lasts about three and a half hours of transcript time.
public enum SyntheticPlenary {
    /// The label of the presiding officer.
    public static let chair = "Chair"

    /// The 40 delegations that take the floor, as their speaker labels.
    public static let delegations = [
        "Brazil", "South Africa", "United States", "European Union", "Republic of Korea", "Uruguay", "Türkiye", "Saudi Arabia",
        "New Zealand", "Viet Nam", "Russian Federation", "Iran (Islamic Republic of)", "Bolivia (Plurinational State of)",
        "Holy See", "India", "China", "Japan", "Germany", "France", "Kenya", "Nigeria", "Egypt", "Mexico", "Argentina", "Chile",
        "Indonesia", "Pakistan", "Bangladesh", "Norway", "Switzerland", "Canada", "Australia", "Fiji", "Samoa", "Jamaica",
        "Senegal", "Ghana", "Estonia", "United Kingdom", "Singapore",
    ]

    /// Writes a plenary of at least `words` words.
    ///
    /// Every line is one turn, `[HH:MM:SS.mmm - HH:MM:SS.mmm] Speaker: text`, the layout ``TranscriptReader`` reads
    /// as ``TranscriptFormat/plain``. The chair opens the meeting and gives the floor before every statement;
    /// delegations speak in a shuffled order that repeats once all have spoken. Words are counted the way
    /// ``WordCounter`` counts them, so the transcript's measured total is at least `words`.
    ///
    /// - Parameters:
    ///   - words: The minimum number of words; the last statement is finished, so the text runs a little longer.
    ///   - seed: Any value; equal seeds give equal text.
    /// - Returns: The transcript text, ending with a newline.
    public static func make(words: Int, seed: UInt64 = 1) -> String {
        var writer = PlenaryWriter(seed: seed, chair: chair, delegations: delegations)
        writer.write(words: words)
        return writer.text
    }
}
