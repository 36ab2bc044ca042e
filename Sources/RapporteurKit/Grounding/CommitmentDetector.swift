/// Finds transcript sentences that record a decision or commit someone to act: "We'll go with the rubber case",
/// "I will write to the committee", "It was agreed that …", "Let's meet again on Friday".
///
/// A decision or action item must cite such a sentence: a statement of opinion or of fact ("Testing is crucially
/// important") is never an action item. The test is a list of word sequences a reviewer can read, matched on the
/// sentence lowercased with punctuation and apostrophes turned into spaces ("I'll" reads "i ll").
public enum CommitmentDetector {
    /// Whether a sentence records a decision or a commitment.
    ///
    /// - Parameter text: A transcript sentence.
    /// - Returns: `true` when it holds one of ``phrases``.
    public static func recordsCommitment(_ text: String) -> Bool {
        let normalised = spaced(text)
        return phrases.contains { normalised.contains(" \($0) ") }
    }

    /// Whether a sentence commits its own speaker ("I will", "we'll"), so that the speaker owns the action.
    ///
    /// - Parameter text: A transcript sentence.
    /// - Returns: `true` for a first-person commitment.
    public static func commitsSpeaker(_ text: String) -> Bool {
        let normalised = spaced(text)
        return firstPerson.contains { normalised.contains(" \($0) ") }
    }

    /// Whether a sentence may record a decision, a commitment or a proposal: a candidate the model then labels.
    /// Wider than ``recordsCommitment(_:)``: proposals ("we should", "I suggest") are candidates too.
    ///
    /// - Parameter text: A transcript sentence.
    /// - Returns: `true` when it holds one of ``phrases`` or ``proposalPhrases``.
    public static func mayRecordCommitment(_ text: String) -> Bool {
        let normalised = spaced(text)
        return (phrases + proposalPhrases).contains { normalised.contains(" \($0) ") }
    }

    /// Whether a sentence is about the meeting's own procedure ("we'll return to that point a little later on",
    /// "I'll hand over to Lynne", "Thank you very much, Minister"): such a sentence commits nobody to act outside
    /// the meeting and states no position.
    ///
    /// - Parameter text: A transcript sentence.
    /// - Returns: `true` when it holds one of ``proceduralPhrases``.
    public static func isProcedural(_ text: String) -> Bool {
        let normalised = spaced(text)
        return proceduralPhrases.contains { normalised.contains(" \($0) ") }
    }

    /// Word sequences about the meeting's own procedure.
    static let proceduralPhrases: [String] = [
        "return to that", "return to this", "come back to that", "come back to this", "come back to you", "later on",
        "move on", "moving on", "hand over", "give the floor", "i ll turn to", "let me turn to", "go to questions",
        "take questions", "next question", "a little later", "in a moment", "in a minute", "thank you", "thanks",
        "good morning", "good afternoon", "good evening", "welcome to", "i ll go to", "over to you", "i ll bring in",
        "you have the floor", "the floor to", "for the record", "drop out of the meeting", "temporarily chair",
        "last question", "my next question", "can you hear", "you re on mute", "unmute", "diolch", "thank the",
        "to thank", "i thank", "go on then to", "on to questions",
    ]

    /// Whether the words of a decision or action item, as the model wrote them, say that something is to be done
    /// or was settled: they record a commitment, or hold "will", "shall", "must", "going to", "to be". "A return to
    /// normal is not imminent" (labelled an action on education_1) says neither.
    ///
    /// - Parameter text: An action item's text.
    /// - Returns: `true` when it reads as an action or a decision.
    public static func statesAction(_ text: String) -> Bool {
        let words = ContentWords.words(text)
        let normalised = " " + words.joined(separator: " ") + " "
        return recordsCommitment(text) || words.contains { ["will", "shall", "must", "ll"].contains($0) }
            || [" going to ", " to be ", " agreed ", " decided "].contains { normalised.contains($0) }
    }

    /// A sentence lowercased, its punctuation and apostrophes turned into single spaces, with a space at each end,
    /// so that a phrase matches as `" \(phrase) "`.
    private static func spaced(_ text: String) -> String {
        " " + ContentWords.words(text).joined(separator: " ") + " "
    }

    /// Word sequences that propose a course of action.
    static let proposalPhrases: [String] = [
        "i propose", "i suggest", "i would suggest", "i d suggest", "we propose", "we suggest", "my suggestion",
        "i recommend", "we recommend", "we should", "we need to", "we must", "we ought to", "should we", "shall we",
        "why don t we", "could we", "can we", "i would like to see", "i d like to see", "it would be good to",
        "the proposal", "my proposal", "our proposal", "i want to propose", "we have to",
    ]

    private static let firstPerson: [String] = [
        "i will", "i ll", "i shall", "i am going to", "i m going to", "i can commit", "i commit", "i undertake",
        "i promise", "i intend to", "i plan to", "i ll make sure", "we will", "we ll", "we shall", "we are going to",
        "we re going to", "we commit", "we undertake", "we intend to", "we plan to", "i can write",
        "i ll write", "i will write", "i can send", "i ll send", "i ll get back", "i will get back",
        "i ll come back", "i will come back", "i can come back", "i m gonna", "we re gonna", "i m going to be",
    ]

    /// Word sequences that record a decision or a commitment.
    static let phrases: [String] =
        firstPerson + [
            "we have agreed", "we ve agreed", "we agreed", "we have decided", "we ve decided", "we decided",
            "we have resolved", "we resolved", "it was agreed", "it was decided", "it is agreed", "it is decided",
            "is agreed", "are agreed", "has been agreed", "have been agreed", "has been decided", "was adopted",
            "is adopted", "has been adopted", "were adopted", "was approved", "is approved", "has been approved",
            "the decision is", "the decision was", "our decision", "decision is to", "we go with", "go with the",
            "let s go", "let s do", "let s meet", "let s use", "let s have", "let s make", "let s say", "let us",
            "action point", "action item", "action points", "action items", "next steps", "the next step",
            "will follow up", "to follow up", "follow up on", "by next week", "by next meeting", "for next time",
            "for the next meeting", "your homework", "the deadline", "so moved", "motion carried", "the motion is",
            "all in favour", "all in favor", "i move that", "i so move", "we request", "we ask the", "you will send",
            "you ll send", "can you send", "could you send", "can you write", "could you write", "please send",
            "please circulate", "will be sent", "will be circulated", "will write to", "will report back",
            "you are going to", "you re going to", "you re gonna",
        ]
}
