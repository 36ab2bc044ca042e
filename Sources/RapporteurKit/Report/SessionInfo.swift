/// The header of a report: what session, when, where.
public struct SessionInfo: Sendable, Hashable, Codable {
    /// The session's name.
    public var title: String
    /// The date as the user gave it, e.g. `17 Dec 2025`.
    public var date: String?
    /// The time as the user gave it, e.g. `21:00h - 23:00h`.
    public var time: String?
    /// The venue or event.
    public var venue: String?

    /// Creates session info.
    public init(title: String, date: String? = nil, time: String? = nil, venue: String? = nil) {
        self.title = title
        self.date = date
        self.time = time
        self.venue = venue
    }
}
