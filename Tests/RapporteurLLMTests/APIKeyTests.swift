import RapporteurLLM
import Testing

@Suite struct APIKeyTests {
    @Test(arguments: [
        (["RAPPORTEUR_API_KEY": "r-key", "OPENAI_API_KEY": "o-key"], "r-key"),
        (["OPENAI_API_KEY": "o-key"], "o-key"),
        (["RAPPORTEUR_API_KEY": "  ", "OPENAI_API_KEY": "o-key"], "o-key"),
        (["RAPPORTEUR_API_KEY": " r-key\n"], "r-key"),
        (["HOME": "/root"], nil),
    ])
    func prefersRapporteurKeyThenOpenAIKey(environment: [String: String], expected: String?) {
        #expect(OpenAICompatibleModel.apiKey(from: environment) == expected)
    }
}
