import Foundation
import RapporteurKit
import Testing

@Suite struct StatsCommandTests {
    /// A timed WebVTT excerpt and an untimed `Speaker: text` excerpt.
    static let transcripts = ["icsi_Bed009_head.vtt", "igf2020_of42_head.txt"]

    @Test(arguments: transcripts)
    func jsonEqualsWhatTheLibraryMeasures(_ name: String) async throws {
        let folder = try TemporaryFolder()
        try folder.copyFixture(name)
        let result = try await Rapporteur.run(["stats", name, "--json"], in: folder.url)
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let printed = try JSONDecoder().decode(TalkStatistics.self, from: Data(result.stdout.utf8))
        let measured = TalkStatistics.measure(try InProcess.transcript(name))
        #expect(printed == measured)
        #expect(printed.speakers.count > 1)
    }

    @Test(arguments: transcripts)
    func tableRowsShowWhatTheLibraryMeasures(_ name: String) async throws {
        let folder = try TemporaryFolder()
        try folder.copyFixture(name)
        let result = try await Rapporteur.run(["stats", name], in: folder.url)
        #expect(result.status == 0)
        let measured = TalkStatistics.measure(try InProcess.transcript(name))
        let rows = result.stdout.split(separator: "\n").map { $0.split(separator: /\s{2,}/).map(String.init) }
        #expect(rows.first == ["Speaker", "Words", "Share", "Turns", "Sentences", "Time", "Time share", "Words/min"])
        for entry in measured.speakers {
            let row = try #require(rows.first { $0.first == entry.speaker }, "no row for \(entry.speaker)")
            let stats = entry.statistics
            #expect(row.count == 8)
            #expect(Array(row.prefix(5)) == [entry.speaker, "\(stats.words)", percent(stats.wordShare), "\(stats.turns)", "\(stats.sentences)"])
            if let wordsPerMinute = stats.wordsPerMinute, let timeShare = stats.timeShare {
                #expect(row.dropFirst(5).first?.contains(/^\d+:\d\d:\d\d$/) == true)
                #expect(Array(row.suffix(2)) == [percent(timeShare), String(format: "%.0f", wordsPerMinute)])
            } else {
                #expect(Array(row.suffix(3)) == ["n/a", "n/a", "n/a"])
            }
        }
        let total = try #require(rows.first { $0.first == "Total (\(measured.speakers.count) speakers)" })
        #expect(total.dropFirst().first == "\(measured.totalWords)")
    }

    @Test func aMembersBracketedFirstInterventionCountsForTheSameSpeaker() async throws {
        let folder = try TemporaryFolder()
        try folder.copyFixture("qmsum_covid_2_excerpt.txt")
        let result = try await Rapporteur.run(["stats", "qmsum_covid_2_excerpt.txt", "--json"], in: folder.url)
        #expect(result.status == 0)
        let printed = try JSONDecoder().decode(TalkStatistics.self, from: Data(result.stdout.utf8))
        #expect(printed.speakers.count == 8)
        let duclos = try #require(printed.speakers.first { $0.speaker == "Hon. Jean-Yves Duclos" })
        #expect(duclos.statistics.turns == 2, "\"Hon. Jean-Yves Duclos (President of the Treasury Board)\" and \"Hon. Jean-Yves Duclos\"")
        #expect(!printed.speakers.contains { $0.speaker.hasPrefix("Right Hon. Justin Trudeau (") })
    }

    @Test func withoutTimestampsTimeAndSpeedReadNotAvailable() async throws {
        let folder = try TemporaryFolder()
        try folder.copyFixture("igf2020_of42_head.txt")
        let table = try await Rapporteur.run(["stats", "igf2020_of42_head.txt"], in: folder.url)
        #expect(table.stdout.hasSuffix("Time and speed: not available (the transcript has no timestamps).\n"))
        let json = try await Rapporteur.run(["stats", "igf2020_of42_head.txt", "--json"], in: folder.url)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["totalSpeechSeconds"] == nil)
        let speakers = try #require(object["speakers"] as? [[String: Any]])
        for speaker in speakers {
            let statistics = try #require(speaker["statistics"] as? [String: Any])
            #expect(statistics["words"] != nil)
            #expect(statistics["speechSeconds"] == nil && statistics["timeShare"] == nil && statistics["wordsPerMinute"] == nil)
        }
    }

    @Test func timedTranscriptHasNoNotAvailableCells() async throws {
        let folder = try TemporaryFolder()
        try folder.copyFixture("icsi_Bed009_head.vtt")
        let result = try await Rapporteur.run(["stats", "icsi_Bed009_head.vtt"], in: folder.url)
        #expect(result.status == 0)
        #expect(!result.stdout.contains("n/a"))
        #expect(!result.stdout.contains("not available"))
    }

    @Test(arguments: ["icsi_roster.yaml", "icsi_roster.json"])
    func rosterRenamesAndMergesSpeakers(_ roster: String) async throws {
        let folder = try TemporaryFolder()
        try folder.copyFixture("icsi_Bed009_head.vtt")
        try folder.copyFixture(roster)
        let result = try await Rapporteur.run(["stats", "icsi_Bed009_head.vtt", "--roster", roster, "--json"], in: folder.url)
        #expect(result.status == 0)
        let printed = try JSONDecoder().decode(TalkStatistics.self, from: Data(result.stdout.utf8))
        let expected = TalkStatistics.measure(try InProcess.transcript("icsi_Bed009_head.vtt", rosterJSON: "icsi_roster.json"))
        #expect(printed == expected)

        let unmerged = TalkStatistics.measure(try InProcess.transcript("icsi_Bed009_head.vtt"))
        let parts = ["me012", "me003"].compactMap { unmerged.statistics(for: $0) }
        #expect(parts.count == 2)
        #expect(printed.statistics(for: "Sound Check")?.words == parts.reduce(0) { $0 + $1.words })
        #expect(printed.statistics(for: "Sound Check")?.turns == parts.reduce(0) { $0 + $1.turns })
        // Merging overlapping speakers shrinks the speaking-time sum, so only the host's own figures stay the same.
        let host = try #require(printed.statistics(for: "Host"))
        let mn015 = try #require(unmerged.statistics(for: "mn015"))
        #expect([host.words, host.turns, host.sentences] as [Int] == [mn015.words, mn015.turns, mn015.sentences])
        #expect(host.speechSeconds == mn015.speechSeconds)
        #expect(printed.speakers.map(\.speaker).filter { ["me012", "me003", "mn015"].contains($0) }.isEmpty)
        #expect(printed.totalWords == unmerged.totalWords)
        #expect(
            result.stderrLines == [
                "warning: \(roster): speaker \"mn047\" is not in the roster", "warning: \(roster): speaker \"me010\" is not in the roster",
            ]
        )
    }

    private func percent(_ share: Double) -> String { String(format: "%.1f%%", share * 100) }
}
