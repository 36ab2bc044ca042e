public import Foundation

/// A topic taxonomy: baskets of topics that arguments are classified into, shipped as versioned data.
///
/// The default is Diplo's digital-policy taxonomy (`Resources/diplo-taxonomy.json`); a user can pass another
/// file of the same shape for other kinds of meetings.
public struct Taxonomy: Sendable, Hashable, Codable {
    /// A basket and its topics.
    public struct Basket: Sendable, Hashable, Codable {
        /// The basket's name, e.g. "Human rights".
        public var name: String
        /// The topics in it.
        public var topics: [String]

        /// Creates a basket.
        public init(name: String, topics: [String]) {
            self.name = name
            self.topics = topics
        }
    }

    /// A stable identifier, e.g. `diplo-digital-policy`.
    public var id: String
    /// The name for people.
    public var name: String
    /// The version of the data.
    public var version: String
    /// The baskets, in order.
    public var baskets: [Basket]

    /// Creates a taxonomy.
    public init(id: String, name: String, version: String, baskets: [Basket]) {
        self.id = id
        self.name = name
        self.version = version
        self.baskets = baskets
    }

    /// Decodes a taxonomy file and checks it is usable (at least one basket, no empty basket, no duplicate topic).
    ///
    /// - Parameters:
    ///   - data: The file's bytes (JSON).
    ///   - name: The file name, for messages.
    /// - Returns: The taxonomy.
    /// - Throws: ``InputError`` naming what is wrong.
    public static func decode(_ data: Data, name: String) throws(InputError) -> Taxonomy {
        let taxonomy: Taxonomy
        do {
            taxonomy = try JSONDecoder().decode(Taxonomy.self, from: data)
        } catch {
            throw InputError(file: name, reason: "not a taxonomy file (expected {id, name, version, baskets:[{name, topics}]}): \(error)")
        }
        guard !taxonomy.baskets.isEmpty else { throw InputError(file: name, reason: "taxonomy has no baskets") }
        var seen = Set<String>()
        for basket in taxonomy.baskets {
            guard !basket.topics.isEmpty else { throw InputError(file: name, reason: "basket \"\(basket.name)\" has no topics") }
            for topic in basket.topics where !seen.insert(topic.lowercased()).inserted {
                throw InputError(file: name, reason: "topic \"\(topic)\" appears twice")
            }
        }
        return taxonomy
    }

    /// Diplo's digital-policy taxonomy as shipped with Rapporteur.
    public static let diplo: Taxonomy = {
        guard let url = Bundle.module.url(forResource: "diplo-taxonomy", withExtension: "json", subdirectory: "Resources"),
            let data = try? Data(contentsOf: url),
            let taxonomy = try? decode(data, name: "diplo-taxonomy.json")
        else {
            preconditionFailure("the bundled taxonomy resource is missing or invalid; the package was built incorrectly")
        }
        return taxonomy
    }()

    /// Finds a topic by name, ignoring case, and returns it with its basket.
    ///
    /// - Parameter topic: The topic's name as a model or a user wrote it.
    /// - Returns: The reference, or `nil` when the taxonomy has no such topic.
    public func reference(for topic: String) -> TopicRef? {
        let wanted = topic.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        for basket in baskets {
            if let match = basket.topics.first(where: { $0.lowercased() == wanted }) {
                return TopicRef(basket: basket.name, topic: match)
            }
        }
        return nil
    }
}
