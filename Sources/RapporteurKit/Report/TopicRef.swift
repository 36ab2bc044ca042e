/// A topic of the taxonomy, named by its basket and topic.
public struct TopicRef: Sendable, Hashable, Codable {
    /// The basket, for example "Human rights".
    public var basket: String
    /// The topic inside the basket, for example "privacy and data protection".
    public var topic: String

    /// Creates a topic reference.
    public init(basket: String, topic: String) {
        self.basket = basket
        self.topic = topic
    }
}
