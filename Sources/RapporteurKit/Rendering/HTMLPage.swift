/// The frame of a self-contained HTML page: inline CSS, no scripts and no external resources.
///
/// A Content Security Policy forbids scripts and every resource from outside the page, as a second line of
/// defence behind escaping.
enum HTMLPage {
    /// A whole page.
    ///
    /// - Parameters:
    ///   - title: The page title, unescaped.
    ///   - body: The content of `<main>`, already HTML.
    /// - Returns: The document, ending with a newline.
    static func document(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
        <title>\(HTMLEscaping.escape(title))</title>
        <style>
        \(HTMLStyle.css)
        </style>
        </head>
        <body>
        <main>
        \(body)
        </main>
        </body>
        </html>

        """
    }

    /// Sentences as an ordered list whose items are the targets of citation links (`<li id="s12">`).
    ///
    /// - Parameter sentences: The sentences.
    /// - Returns: The list.
    static func transcriptList(_ sentences: [Sentence]) -> String {
        let items = sentences.map { sentence in
            let time = TranscriptLine.time(sentence).map { #" <span class="time">\#($0)</span>"# } ?? ""
            return #"<li id="\#(Anchor.sentence(sentence.id))"><span class="sid">[\#(sentence.id)]</span>\#(time) "#
                + #"<span class="who">\#(HTMLEscaping.escape(sentence.speaker)):</span> \#(HTMLEscaping.escape(sentence.text))</li>"#
        }
        return (["<ol class=\"transcript\">"] + items + ["</ol>"]).joined(separator: "\n")
    }
}
