public import Foundation
public import RapporteurKit

/// The deterministic path of Rapporteur as one benchmark workload: read, split and count, verify, render.
///
/// No model is involved: the report that is verified and rendered is a ``BenchmarkReport`` built from the
/// transcript. The caller's ``BenchmarkStopwatch`` times each ``BenchmarkPhase``.
public enum BenchmarkWorkload {
    /// Runs every phase once, in order.
    ///
    /// - Parameters:
    ///   - data: The transcript file's bytes.
    ///   - name: The file name, for format detection and messages.
    ///   - stopwatch: Times each phase.
    /// - Returns: The sizes of what each phase produced.
    /// - Throws: ``InputError`` when the input is not a transcript.
    public static func run(_ data: Data, name: String, stopwatch: inout some BenchmarkStopwatch) throws(InputError) -> BenchmarkOutcome {
        let raw = try stopwatch.time(.read) { () throws(InputError) in try TranscriptReader.read(data, name: name) }
        let (transcript, statistics) = try stopwatch.time(.splitAndCount) {
            // The same speakers `stats` counts: bracketed first-intervention labels merged into the bare name.
            let merged = LabelRoles.merge(raw)
            let transcript = TranscriptBuilder.build(merged?.transcript ?? raw, source: name, speakers: merged?.speakers)
            return (transcript, TalkStatistics.measure(transcript))
        }
        let report = try stopwatch.time(.buildReport) { BenchmarkReport.make(transcript: transcript, statistics: statistics) }
        let failures = try stopwatch.time(.verify) {
            let failures = GroundingVerifier(transcript: transcript).check(report)
            _ = SupportVerifier(sentences: transcript.sentences).verify(report)
            return failures
        }
        var renderedBytes: [Int] = []
        for format in ReportFormat.allCases {
            renderedBytes.append(try stopwatch.time(.render(format)) { format.renderer.render(report).utf8.count })
        }
        return BenchmarkOutcome(
            bytes: data.count,
            words: statistics.totalWords,
            turns: transcript.turns.count,
            sentences: report.transcript.count,
            speakers: statistics.speakers.count,
            arguments: report.speakers.reduce(0) { $0 + $1.arguments.count },
            groundingFailures: failures.count,
            renderedBytes: renderedBytes
        )
    }
}
