/// A speaker as the report shows them: who, measured statistics, arguments.
public struct SpeakerSection: Sendable, Hashable, Codable {
    /// The canonical name.
    public var name: String
    /// The role, when known.
    public var role: String?
    /// Where the role came from.
    public var roleSource: SpeakerInfo.RoleSource
    /// Whether the speaker is absent from the roster ("Additional speakers" in the reference layout).
    public var isAdditional: Bool
    /// Measured statistics.
    public var statistics: SpeakerStatistics
    /// The speaker's arguments.
    public var arguments: [Argument]

    /// Creates a speaker section.
    public init(
        name: String,
        role: String? = nil,
        roleSource: SpeakerInfo.RoleSource = .none,
        isAdditional: Bool = false,
        statistics: SpeakerStatistics,
        arguments: [Argument] = []
    ) {
        self.name = name
        self.role = role
        self.roleSource = roleSource
        self.isAdditional = isAdditional
        self.statistics = statistics
        self.arguments = arguments
    }
}
