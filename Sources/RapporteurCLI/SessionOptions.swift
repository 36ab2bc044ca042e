import ArgumentParser
import Foundation
import RapporteurKit

/// The session header: from flags, else the roster, else the file name.
struct SessionOptions: ParsableArguments {
    @Option(help: "The session's title (default: the roster's, else the file name).")
    var title: String?

    @Option(help: "The session's date, as it should be printed.")
    var date: String?

    @Option(help: "The session's time, as it should be printed.")
    var time: String?

    @Option(help: "The venue or event.")
    var venue: String?

    /// The header, flags first, then the roster's session, then the file name as the title.
    ///
    /// - Parameters:
    ///   - roster: The roster's session details, if any.
    ///   - file: The transcript path.
    /// - Returns: The session info.
    func info(roster: SessionInfo?, file: String) -> SessionInfo {
        SessionInfo(
            title: title ?? roster?.title ?? URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent,
            date: date ?? roster?.date,
            time: time ?? roster?.time,
            venue: venue ?? roster?.venue
        )
    }
}
