import Foundation
public import Testing

/// Compares `actual` with the golden file `Golden/<name>.<ext>` next to the calling test file.
///
/// A missing file, or any file when `RECORD_GOLDEN` is set, is written and the test fails once, so a
/// recording is never mistaken for a pass. Re-record all goldens with `RECORD_GOLDEN=1 swift test`.
///
/// - Parameters:
///   - actual: The rendered output.
///   - name: The golden file's base name.
///   - ext: The golden file's extension.
///   - filePath: The calling test file, which locates the `Golden` folder.
///   - sourceLocation: Where a failure is reported.
/// - Throws: When the golden file cannot be read or written.
public func expectGolden(
    _ actual: String,
    named name: String,
    ext: String,
    filePath: String = #filePath,
    sourceLocation: SourceLocation = #_sourceLocation
) throws {
    let directory = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    let file = directory.appendingPathComponent("\(name).\(ext)")
    let record = ProcessInfo.processInfo.environment["RECORD_GOLDEN"] != nil
    guard !record, FileManager.default.fileExists(atPath: file.path) else {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try actual.write(to: file, atomically: true, encoding: .utf8)
        Issue.record("Recorded \(file.lastPathComponent); rerun without RECORD_GOLDEN", sourceLocation: sourceLocation)
        return
    }
    let expected = try String(contentsOf: file, encoding: .utf8)
    #expect(actual == expected, "differs from Golden/\(name).\(ext); re-record with RECORD_GOLDEN=1", sourceLocation: sourceLocation)
}
