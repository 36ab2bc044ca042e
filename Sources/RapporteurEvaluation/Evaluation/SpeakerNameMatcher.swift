import Foundation
public import RapporteurKit

/// Matches a speaker as a reference names them ("Bains", "the Prime Minister", "Kirsty Williams AM", "Marketing",
/// "me010") to one of a report's speakers.
///
/// Names are compared as lowercase words without punctuation or diacritics. Each report speaker is known by its
/// name, its role and any parenthesised part of its label (`Hon. Bill Morneau (Minister of Finance)`), each with
/// and without honorifics (Mr., Mrs., Ms., Dr., Hon., Right Hon., Minister …, a leading "the", a trailing AM/MP/MS).
/// Tiers, first unique hit wins, ambiguity at a tier gives no match:
/// 1. all words equal a name (or a parenthesised part); 2. equal after removing honorifics; 3. equal a role;
/// 4. the mention is a run of words inside a name (surname, first name); 5. inside a role; 6. the mention contains
/// a whole name or role ("the marketing expert" → `Marketing`).
public struct SpeakerNameMatcher: Sendable {
    /// A speaker that mentions can match.
    public struct Candidate: Sendable, Hashable {
        /// The speaker's name as the report gives it; this is what ``match(_:)`` returns.
        public var name: String
        /// The speaker's role, when known.
        public var role: String?

        /// Creates a candidate.
        /// - Parameters:
        ///   - name: The speaker's name as the report gives it.
        ///   - role: The speaker's role, when known.
        public init(name: String, role: String? = nil) {
            self.name = name
            self.role = role
        }
    }

    private struct Forms {
        let name: String
        let fullNames: [[String]]
        let names: [[String]]
        let roles: [[String]]
    }

    private let candidates: [Forms]

    /// Creates a matcher over a set of speakers.
    /// - Parameter candidates: The speakers, in report order.
    public init(candidates: [Candidate]) {
        self.candidates = candidates.map { candidate in
            let (base, parentheses) = Self.splitParentheses(candidate.name)
            return Forms(
                name: candidate.name,
                fullNames: ([base] + parentheses).map(Self.words),
                names: ([base] + parentheses).flatMap(Self.forms(of:)),
                roles: candidate.role.map(Self.forms(of:)) ?? []
            )
        }
    }

    /// Creates a matcher over a report's speakers.
    /// - Parameter speakers: The report's speaker sections.
    public init(speakers: [SpeakerSection]) {
        self.init(candidates: speakers.map { Candidate(name: $0.name, role: $0.role) })
    }

    /// The report speaker a mention refers to.
    /// - Parameter mention: A speaker as a reference names them.
    /// - Returns: The matching candidate's name, or `nil` when none or more than one matches.
    public func match(_ mention: String) -> String? {
        let mentionForms = Self.forms(of: mention)
        guard !mentionForms.isEmpty else { return nil }
        let full = Self.words(mention)
        let tiers: [(Forms) -> Bool] = [
            { $0.fullNames.contains(full) },
            { $0.names.contains { mentionForms.contains($0) } },
            { $0.roles.contains { mentionForms.contains($0) } },
            { $0.names.contains { name in mentionForms.contains { Self.contains(name, run: $0) } } },
            { $0.roles.contains { role in mentionForms.contains { Self.contains(role, run: $0) } } },
            { ($0.names + $0.roles).contains { form in mentionForms.contains { Self.contains($0, run: form) } } },
        ]
        for tier in tiers {
            let hits = candidates.filter(tier)
            if hits.count == 1 { return hits[0].name }
            if hits.count > 1 { return nil }
        }
        return nil
    }
}
