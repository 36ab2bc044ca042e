import Foundation

extension Roster {
    /// Renames and merges the raw speaker labels of a transcript by this roster.
    ///
    /// A roster entry claims the transcript labels that match its `labels`, and its `name` too. Matching ignores case,
    /// accents, surrounding white space and punctuation, so `MR. SMITH` matches `Mr Smith`. Labels the roster does not
    /// mention keep their raw name and get a warning.
    ///
    /// - Parameters:
    ///   - raw: The transcript as read.
    ///   - rosterName: The roster's file name, for errors and warnings.
    /// - Returns: The transcript with canonical speaker names, and its speakers in order of first appearance (role
    ///   source ``SpeakerInfo/RoleSource/roster`` when the roster gives a role).
    /// - Throws: ``InputError`` naming the roster file when an entry has an empty name, when one of its labels (or its
    ///   name, for an entry without labels) matches no speaker of the transcript, or when two entries claim the same label.
    public func apply(to raw: RawTranscript, rosterName: String) throws(InputError) -> (transcript: RawTranscript, speakers: [SpeakerInfo]) {
        let labels = Self.speakers(of: raw).map(\.name)
        let owner = try owners(of: labels, rosterName: rosterName)
        var transcript = raw
        for index in transcript.turns.indices {
            if let entry = owner[transcript.turns[index].speaker] {
                transcript.turns[index].speaker = speakers[entry].name.collapsingWhiteSpace()
            }
        }
        let unknown = labels.filter { owner[$0] == nil && $0 != TranscriptReader.unidentifiedSpeaker }
        if !speakers.isEmpty {
            transcript.diagnostics += unknown.map {
                Diagnostic(severity: .warning, message: "speaker \"\($0)\" is not in the roster", file: rosterName)
            }
        }
        return (transcript, speakerInfos(raw: raw, owner: owner))
    }

    /// Which roster entry (by index) each transcript label belongs to.
    private func owners(of labels: [String], rosterName: String) throws(InputError) -> [String: Int] {
        var byKey: [String: [String]] = [:]
        for label in labels { byKey[Self.matchKey(label), default: []].append(label) }
        var owner: [String: Int] = [:]
        for (index, entry) in speakers.enumerated() {
            let name = entry.name.collapsingWhiteSpace()
            guard !name.isEmpty else { throw InputError(file: rosterName, reason: "speaker \(index + 1) of the roster has an empty name") }
            for wanted in entry.labels + [entry.name] {
                let matches = byKey[Self.matchKey(wanted)] ?? []
                if matches.isEmpty, wanted != entry.name || entry.labels.isEmpty {
                    throw unknownLabel(wanted, entry: name, transcriptLabels: labels, rosterName: rosterName)
                }
                for label in matches {
                    if let other = owner[label], other != index {
                        let reason = "the label \"\(label)\" is claimed by both \"\(speakers[other].name)\" and \"\(name)\""
                        throw InputError(file: rosterName, reason: reason)
                    }
                    owner[label] = index
                }
            }
        }
        return owner
    }

    private func speakerInfos(raw: RawTranscript, owner: [String: Int]) -> [SpeakerInfo] {
        var infos: [SpeakerInfo] = []
        var position: [String: Int] = [:]
        for label in Self.speakers(of: raw).map(\.name) {
            let entry = owner[label].map { speakers[$0] }
            let name = entry.map { $0.name.collapsingWhiteSpace() } ?? label
            if let existing = position[name] {
                infos[existing].labels.append(label)
                continue
            }
            let role = entry?.role.map { $0.collapsingWhiteSpace() }.flatMap { $0.isEmpty ? nil : $0 }
            position[name] = infos.count
            infos.append(SpeakerInfo(name: name, role: role, roleSource: role == nil ? .none : .roster, labels: [label]))
        }
        return infos
    }

    private func unknownLabel(_ label: String, entry: String, transcriptLabels: [String], rosterName: String) -> InputError {
        let shown = transcriptLabels.prefix(30).map { "\"\($0)\"" }.joined(separator: ", ")
        let more = transcriptLabels.count > 30 ? " and \(transcriptLabels.count - 30) more" : ""
        let what = label == entry ? "the roster speaker \"\(entry)\"" : "the roster label \"\(label)\" (speaker \"\(entry)\")"
        return InputError(file: rosterName, reason: "\(what) matches no speaker of the transcript; its speakers are \(shown)\(more)")
    }

    /// The form labels are compared in: case and accents folded, punctuation turned into spaces, white space collapsed.
    ///
    /// - Parameter label: A label or name.
    /// - Returns: The comparison key.
    static func matchKey(_ label: String) -> String {
        let folded = label.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return String(folded.map { $0.isPunctuation || $0.isSymbol ? " " : $0 }).collapsingWhiteSpace()
    }
}
