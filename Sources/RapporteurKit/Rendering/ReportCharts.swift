/// The chart data every format shows in "Session at a glance": talk time per speaker and topic distribution.
enum ReportCharts {
    /// Talk time per speaker in seconds of speech, or in words when any speaker's speech time is not available.
    ///
    /// Times are never estimated: a single speaker without timestamps switches the whole chart to words, and the
    /// caption names the unit and the speakers without times.
    ///
    /// - Parameter report: The report.
    /// - Returns: One bar per speaker, in report order.
    static func talkTime(_ report: Report) -> BarChart {
        let speakers = report.speakers
        let untimed = speakers.filter { $0.statistics.speechSeconds == nil }.map(\.name)
        if !speakers.isEmpty && untimed.isEmpty {
            let total = speakers.reduce(0) { $0 + ($1.statistics.speechSeconds ?? 0) }
            let bars = speakers.map { speaker in
                let seconds = speaker.statistics.speechSeconds ?? 0
                let share = speaker.statistics.timeShare ?? (total > 0 ? seconds / total : 0)
                return BarChart.Bar(
                    label: speaker.name,
                    value: seconds,
                    valueLabel: "\(ReportNumbers.integer(seconds)) seconds (\(ReportNumbers.percent(share)))"
                )
            }
            return BarChart(caption: "Talk time per speaker, in seconds of speech", labelHeader: "Speaker", valueHeader: "Speech time", bars: bars)
        }
        let bars = speakers.map { speaker in
            let words = ReportNumbers.counted(speaker.statistics.words, "word", "words")
            return BarChart.Bar(
                label: speaker.name,
                value: Double(speaker.statistics.words),
                valueLabel: "\(words) (\(ReportNumbers.percent(speaker.statistics.wordShare)))"
            )
        }
        let reason = untimed.isEmpty ? "" : "; speech time is not available for \(untimed.joined(separator: ", "))"
        return BarChart(caption: "Talk per speaker, in words\(reason)", labelHeader: "Speaker", valueHeader: "Speech length", bars: bars)
    }

    /// The number of arguments per taxonomy basket; an argument counts once for each basket it touches.
    ///
    /// - Parameter report: The report.
    /// - Returns: One bar per basket, most arguments first, then by name; no bars when no argument has topics.
    static func topicDistribution(_ report: Report) -> BarChart {
        let arguments = report.speakers.flatMap(\.arguments)
        var counts: [String: Int] = [:]
        for argument in arguments {
            for basket in Set(argument.topics.map(\.basket)) { counts[basket, default: 0] += 1 }
        }
        let ordered = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        let bars = ordered.map { basket, count in
            let share = Double(count) / Double(max(arguments.count, 1))
            return BarChart.Bar(
                label: basket,
                value: Double(count),
                valueLabel: "\(count) of \(ReportNumbers.counted(arguments.count, "argument", "arguments")) (\(ReportNumbers.percent(share)))"
            )
        }
        return BarChart(
            caption: "Arguments per topic basket (an argument can touch several baskets)",
            labelHeader: "Basket",
            valueHeader: "Arguments",
            bars: bars
        )
    }
}
