/// Input Rapporteur cannot use: names the file, the line when there is one, and what is wrong.
public struct InputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file (or input name).
    public var file: String
    /// The 1-based line, when the problem has one.
    public var line: Int?
    /// What is wrong, for people.
    public var reason: String

    /// Creates an input error.
    public init(file: String, line: Int? = nil, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    /// `file:line: reason`, the form compilers use, so editors can jump to it.
    public var description: String {
        if let line { return "\(file):\(line): \(reason)" }
        return "\(file): \(reason)"
    }
}
