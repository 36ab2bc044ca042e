import Testing

@testable import RapporteurKit

@Suite struct PorterStemmerTests {
    // Expected stems from nltk 3.10.4 `nltk.stem.porter.PorterStemmer()` (default mode NLTK_EXTENSIONS, the stemmer
    // rouge_score 0.1.2 builds in `tokenizers.DefaultTokenizer`), `stemmer.stem(word)`. The words are mostly the
    // examples of Porter (1980) for each step, plus words that reach NLTK's extensions (irregular forms, `ied`,
    // `alli`, `fulli`, `logi`, short words).
    @Test(arguments: [
        ("caresses", "caress"), ("ponies", "poni"), ("ties", "tie"), ("caress", "caress"), ("cats", "cat"), ("feed", "feed"),
        ("agreed", "agre"), ("plastered", "plaster"), ("bled", "bled"), ("motoring", "motor"), ("sing", "sing"), ("conflated", "conflat"),
        ("troubled", "troubl"), ("sized", "size"), ("hopping", "hop"), ("tanned", "tan"), ("falling", "fall"), ("hissing", "hiss"),
        ("fizzed", "fizz"), ("failing", "fail"), ("filing", "file"), ("happy", "happi"), ("sky", "sky"), ("relational", "relat"),
        ("conditional", "condit"), ("rational", "ration"), ("valenci", "valenc"), ("hesitanci", "hesit"), ("digitizer", "digit"),
        ("conformabli", "conform"), ("radicalli", "radic"), ("differentli", "differ"), ("vileli", "vile"), ("analogousli", "analog"),
        ("vietnamization", "vietnam"), ("predication", "predic"), ("operator", "oper"), ("feudalism", "feudal"), ("decisiveness", "decis"),
        ("hopefulness", "hope"), ("callousness", "callous"), ("formaliti", "formal"), ("sensitiviti", "sensit"),
        ("sensibiliti", "sensibl"), ("triplicate", "triplic"), ("formative", "form"), ("formalize", "formal"), ("electriciti", "electr"),
        ("electrical", "electr"), ("hopeful", "hope"), ("goodness", "good"), ("revival", "reviv"), ("allowance", "allow"),
        ("inference", "infer"), ("airliner", "airlin"), ("gyroscopic", "gyroscop"), ("adjustable", "adjust"), ("defensible", "defens"),
        ("irritant", "irrit"), ("replacement", "replac"), ("adjustment", "adjust"), ("dependent", "depend"), ("adoption", "adopt"),
        ("homologou", "homolog"), ("communism", "commun"), ("activate", "activ"), ("angulariti", "angular"), ("homologous", "homolog"),
        ("effective", "effect"), ("bowdlerize", "bowdler"), ("probate", "probat"), ("rate", "rate"), ("cease", "ceas"),
        ("controll", "control"), ("roll", "roll"), ("news", "news"), ("dying", "die"), ("innings", "inning"), ("skies", "sky"),
        ("generously", "gener"), ("fully", "fulli"), ("analogies", "analog"), ("happily", "happili"), ("meetings", "meet"),
        ("1990s", "1990"), ("discussed", "discuss"), ("cried", "cri"), ("died", "die"), ("dies", "die"), ("lying", "lie"),
        ("tying", "tie"), ("proceed", "proceed"), ("exceed", "exceed"), ("succeed", "succeed"), ("cannings", "canning"),
        ("outings", "outing"), ("howe", "howe"), ("hopefulli", "hope"), ("geologi", "geolog"), ("analogi", "analog"),
        ("archaeology", "archaeolog"), ("generalizations", "gener"), ("bye", "bye"), ("yelling", "yell"), ("skying", "ski"),
        ("flying", "fli"), ("agreement", "agreement"), ("by", "by"), ("syzygy", "syzygi"), ("eeds", "eed"), ("xyzzy", "xyzzi"),
        ("oed", "o"), ("controlled", "control"),
    ])
    func stemsLikeNLTK(word: String, expected: String) {
        #expect(PorterStemmer.stem(word) == expected)
    }

    @Test(arguments: [("tr", 0), ("tree", 0), ("trouble", 1), ("oats", 1), ("troubles", 2), ("private", 2), ("oaten", 2)])
    func measureCountsVowelConsonantSequences(stem: String, measure: Int) {
        // The examples of m = 0, 1, 2 in Porter (1980), section 2.
        #expect(PorterStemmer.measure(Array(stem.unicodeScalars)) == measure)
    }

    @Test func yAfterAVowelIsAConsonant() {
        #expect(PorterStemmer.consonantFlags(Array("toy".unicodeScalars)) == [true, false, true])
        #expect(PorterStemmer.consonantFlags(Array("syzygy".unicodeScalars)) == [true, false, true, false, true, false])
    }
}
