/// One speaker under two labels: the Hansard convention names a member with their riding and party, or a minister
/// with their office, at the first intervention (`Hon. Bill Morneau (Minister of Finance)`) and by name alone after
/// that (`Hon. Bill Morneau`). Such a label is merged into the bare name when the bare name is a label too, and its
/// bracket becomes the speaker's role (``SpeakerInfo/RoleSource/label``).
///
/// Measured on the Canadian committee meeting covid_2: 33 of its 71 labels were first-intervention variants, so the
/// report listed 33 people twice, the model gave some of the copies roles the transcript does not support
/// ("Mr. Jagmeet Singh – Prime Minister"), and the evaluation could not tell which "Bains" a reference query meant.
/// A label whose bare name never occurs alone is left as it is; a roster, when given, decides instead.
public enum LabelRoles {
    /// A label split into the name before its closing bracket and the bracket's content.
    ///
    /// - Parameter label: A speaker label.
    /// - Returns: `Hon. Anthony Rota` and `Nipissing, Lib.` for `Hon. Anthony Rota (Nipissing, Lib.)`; the outer bracket
    ///   for nested ones; `nil` when the label does not end with a balanced bracket after a name.
    static func split(_ label: String) -> (name: String, bracket: String)? {
        let trimmed = label.trimmingWhitespace()
        guard trimmed.hasSuffix(")") else { return nil }
        var depth = 0
        var index = trimmed.endIndex
        while index > trimmed.startIndex {
            index = trimmed.index(before: index)
            switch trimmed[index] {
            case ")": depth += 1
            case "(": depth -= 1
            default: continue
            }
            guard depth == 0 else { continue }
            let name = String(trimmed[..<index]).trimmingWhitespace()
            let bracket = String(trimmed[trimmed.index(after: index)..<trimmed.index(before: trimmed.endIndex)]).trimmingWhitespace()
            return name.isEmpty || bracket.isEmpty ? nil : (name, bracket)
        }
        return nil
    }

    /// Merges every label `Name (bracket)` into `Name` when `Name` is a label of the transcript too.
    ///
    /// - Parameter raw: The transcript as read, without a roster.
    /// - Returns: The transcript with the merged labels renamed and a note saying so, and its speakers in order of
    ///   first appearance, the first bracket of each as its role; `nil` when no label was merged.
    public static func merge(_ raw: RawTranscript) -> (transcript: RawTranscript, speakers: [SpeakerInfo])? {
        let labels = Roster.speakers(of: raw).map(\.name)
        let known = Set(labels)
        var owner: [String: String] = [:]
        var role: [String: String] = [:]
        for label in labels {
            guard let (name, bracket) = split(label), known.contains(name) else { continue }
            owner[label] = name
            if role[name] == nil { role[name] = bracket }
        }
        guard let example = labels.first(where: { owner[$0] != nil }), let exampleName = owner[example] else { return nil }
        var transcript = raw
        for index in transcript.turns.indices {
            if let name = owner[transcript.turns[index].speaker] { transcript.turns[index].speaker = name }
        }
        var speakers: [SpeakerInfo] = []
        var position: [String: Int] = [:]
        for label in labels {
            let name = owner[label] ?? label
            if let existing = position[name] {
                speakers[existing].labels.append(label)
                continue
            }
            position[name] = speakers.count
            speakers.append(SpeakerInfo(name: name, role: role[name], roleSource: role[name] == nil ? .none : .label, labels: [label]))
        }
        let message =
            "merged \(owner.count) speaker label(s) with a bracket into the same name without it, the bracket kept as "
            + "the role (\"\(example)\" is \"\(exampleName)\"); a roster decides instead"
        transcript.diagnostics.append(Diagnostic(severity: .note, message: message))
        return (transcript, speakers)
    }
}
