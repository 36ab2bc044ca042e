/// The inline style sheet of every HTML page: readable type, light and dark colours, print rules.
enum HTMLStyle {
    /// The CSS, without any `url(…)` so that the page loads nothing from elsewhere.
    static let css = """
        :root { --fg: #1d2330; --muted: #5b6474; --bg: #ffffff; --card: #f3f5f9; --accent: #2b64a8; --bar: #6a9fd8; --line: #dde2ea; }
        @media (prefers-color-scheme: dark) {
          :root { --fg: #e6e9ef; --muted: #a3abb9; --bg: #14171c; --card: #1e232b; --accent: #8dbbef; --bar: #4f87c6; --line: #2f3641; }
        }
        * { box-sizing: border-box; }
        body { margin: 0; background: var(--bg); color: var(--fg); font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
        main { max-width: 54rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
        h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 .5rem; }
        h2 { font-size: 1.45rem; margin: 2.5rem 0 1rem; padding-bottom: .3rem; border-bottom: 2px solid var(--line); }
        h3 { font-size: 1.15rem; margin: 1.75rem 0 .6rem; }
        h4 { font-size: 1rem; margin: 1.4rem 0 .4rem; }
        header p { margin: .2rem 0; color: var(--muted); }
        a { color: var(--accent); }
        nav.toc { margin: 1.5rem 0; padding: .75rem 1rem; background: var(--card); border-radius: 8px; font-size: .92rem; }
        nav.toc ol { margin: 0; padding-left: 1.3rem; columns: 2; }
        dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: .3rem 1rem; margin: .5rem 0 1rem; }
        dl.fields dt { font-weight: 600; color: var(--muted); }
        dl.fields dd { margin: 0; }
        .cites { font-size: .8em; white-space: nowrap; }
        .cites a { text-decoration: none; margin-left: .15em; }
        .none { color: var(--muted); font-style: italic; }
        .letter { font-size: 1.6rem; font-weight: 700; color: var(--accent); margin: 2.2rem 0 0; }
        blockquote { margin: 1.2rem 0 .5rem; padding: .6rem 1rem; border-left: 4px solid var(--accent); background: var(--card); }
        blockquote p { margin: 0; font-style: italic; }
        figure.chart { margin: 1rem 0 1.5rem; }
        figcaption { font-size: .9rem; color: var(--muted); margin-bottom: .4rem; }
        svg.bars { width: 100%; height: auto; }
        svg.bars text { font: 13px system-ui, sans-serif; fill: var(--fg); }
        svg.bars .bar { fill: var(--bar); }
        ol.transcript { list-style: none; padding: 0; font-size: .93rem; }
        ol.transcript li { padding: .2rem .4rem; border-radius: 4px; }
        ol.transcript li:target { background: #fff3b0; color: #1d2330; }
        .sid, .time { color: var(--muted); font-variant-numeric: tabular-nums; }
        .who { font-weight: 600; }
        @media print { nav.toc { display: none; } a { color: inherit; text-decoration: none; } }
        """
}
