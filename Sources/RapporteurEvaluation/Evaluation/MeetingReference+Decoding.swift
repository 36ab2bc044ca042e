public import Foundation
public import RapporteurKit

extension MeetingReference {
    /// Reads a corpus `reference.json` (QMSum committee items, AMI and ICSI items; see the corpus README).
    ///
    /// For AMI/ICSI the general summary is the abstract of the abstractive summary, sentences joined by a space;
    /// QMSum's general summary is kept in ``qmsumGeneralSummary``. Specific queries that name no speaker
    /// ("What did the meeting discuss about …?") are left out. Items that are only "NA." are dropped.
    /// - Parameters:
    ///   - data: The file's contents.
    ///   - name: The file name, for messages.
    /// - Returns: The reference.
    /// - Throws: ``InputError`` when the data is not JSON, a known key has the wrong shape, or the file has none
    ///   of the summary keys. Missing optional sections (no talk statistics, no queries) are not errors.
    public static func decode(_ data: Data, name: String) throws(InputError) -> MeetingReference {
        let raw: RawReference
        do {
            raw = try JSONDecoder().decode(RawReference.self, from: data)
        } catch let error as DecodingError {
            throw InputError(file: name, reason: describe(error))
        } catch {
            throw InputError(file: name, reason: "not a meeting reference file: \(error.localizedDescription)")
        }
        let abstractive = raw.amiAbstractiveSummary ?? raw.icsiAbstractiveSummary
        let qmsumSummary = (raw.generalSummary ?? raw.qmsumGeneralSummary)?.first?.answer
        guard abstractive != nil || qmsumSummary != nil else {
            throw InputError(
                file: name,
                reason: "not a meeting reference file: no general_summary, ami_abstractive_summary or icsi_abstractive_summary"
            )
        }
        let abstract = dropPlaceholders(abstractive?.abstract ?? []).joined(separator: " ")
        let queries = raw.specificQueries ?? raw.qmsumSpecificQueries ?? []
        let stats = (raw.talkStatsFromWordTimestamps ?? raw.talkStatsFromDialogueActTimes)?.perSpeaker ?? [:]
        return MeetingReference(
            generalSummary: abstract.isEmpty ? qmsumSummary : abstract,
            qmsumGeneralSummary: qmsumSummary,
            speakerQueries: queries.compactMap { item in
                SpeakerQueryParser.speaker(in: item.query).map { SpeakerQuery(speaker: $0, query: item.query, answer: item.answer) }
            },
            decisions: dropPlaceholders(abstractive?.decisions ?? []),
            actions: dropPlaceholders(abstractive?.actions ?? []),
            problems: dropPlaceholders(abstractive?.problems ?? []),
            talkStatistics: stats.mapValues {
                ReferenceTalkStats(speechSeconds: $0.speakingTimeS, words: $0.words, wordsPerMinute: $0.wordsPerMinute)
            }
        )
    }

    /// Removes empty items and the "NA." placeholder the AMI/ICSI summaries use for an empty section.
    static func dropPlaceholders(_ items: [String]) -> [String] {
        items.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { item in
            !item.isEmpty && !["na", "na.", "n/a", "n/a."].contains(item.lowercased())
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return context.codingPath.isEmpty ? "not a meeting reference file: not a JSON object" : "\(path(context)) has the wrong type"
        case .keyNotFound(let key, let context):
            let parent = path(context)
            return "missing key \"\(key.stringValue)\"" + (parent.isEmpty ? "" : " in \(parent)")
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "not valid JSON" : "\(path(context)) is not valid"
        @unknown default:
            return "not a meeting reference file"
        }
    }
}

/// The shape of `reference.json` (only the keys evaluation reads).
private struct RawReference: Decodable {
    struct QueryAnswer: Decodable {
        let query: String
        let answer: String
    }

    struct Abstractive: Decodable {
        let abstract: [String]?
        let decisions: [String]?
        let actions: [String]?
        let problems: [String]?
    }

    struct TalkStats: Decodable {
        struct Speaker: Decodable {
            let speakingTimeS: Double?
            let words: Int?
            let wordsPerMinute: Double?

            enum CodingKeys: String, CodingKey {
                case speakingTimeS = "speaking_time_s"
                case words
                case wordsPerMinute = "words_per_minute"
            }
        }

        let perSpeaker: [String: Speaker]

        enum CodingKeys: String, CodingKey {
            case perSpeaker = "per_speaker"
        }
    }

    let generalSummary: [QueryAnswer]?
    let specificQueries: [QueryAnswer]?
    let qmsumGeneralSummary: [QueryAnswer]?
    let qmsumSpecificQueries: [QueryAnswer]?
    let amiAbstractiveSummary: Abstractive?
    let icsiAbstractiveSummary: Abstractive?
    let talkStatsFromWordTimestamps: TalkStats?
    let talkStatsFromDialogueActTimes: TalkStats?

    enum CodingKeys: String, CodingKey {
        case generalSummary = "general_summary"
        case specificQueries = "specific_queries"
        case qmsumGeneralSummary = "qmsum_general_summary"
        case qmsumSpecificQueries = "qmsum_specific_queries"
        case amiAbstractiveSummary = "ami_abstractive_summary"
        case icsiAbstractiveSummary = "icsi_abstractive_summary"
        case talkStatsFromWordTimestamps = "talk_stats_from_word_timestamps"
        case talkStatsFromDialogueActTimes = "talk_stats_from_dialogue_act_times"
    }
}
