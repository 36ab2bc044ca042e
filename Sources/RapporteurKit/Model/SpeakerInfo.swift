/// A speaker of the session: canonical name, role and where the role came from.
public struct SpeakerInfo: Sendable, Hashable, Codable {
    /// Where a speaker's role was learnt.
    public enum RoleSource: String, Sendable, Hashable, Codable {
        /// The user's roster file.
        case roster
        /// The transcript itself (a self-introduction or the chair giving the floor), found by the pipeline.
        case transcript
        /// The bracket of the speaker's label in the transcript, as in `Hon. Bill Morneau (Minister of Finance)`
        /// (``LabelRoles``).
        case label
        /// No role is known.
        case none
    }

    /// The canonical name.
    public var name: String
    /// The role (country, organisation, function), when known.
    public var role: String?
    /// Where ``role`` came from.
    public var roleSource: RoleSource
    /// The raw labels of the input that were merged into this speaker.
    public var labels: [String]

    /// Creates a speaker.
    public init(name: String, role: String? = nil, roleSource: RoleSource = .none, labels: [String] = []) {
        self.name = name
        self.role = role
        self.roleSource = roleSource
        self.labels = labels
    }
}
