"""Tell the browser how tall each code block will be before it draws it.

nn11.css lets the browser skip drawing code blocks that are off screen (content-visibility),
which halves the work of loading a long page on a phone. A skipped block takes the height
given by `contain-intrinsic-size`, and a single guess for every block is wrong for most of
them: the page then grows or shrinks as the reader scrolls and blocks are drawn, and tools
that scroll to measure something (axe's colour contrast, Lighthouse) find the page moved
under them. So each block carries its own line count, from which the CSS sizes it.
"""
import re

BLOCK = re.compile(r'<div class="(?P<classes>[^"]*\bhighlight\b[^"]*)"(?P<rest>[^>]*)>(?P<body>.*?)</code></pre></div>',
                   re.S)


def on_page_content(html, page, config, files):
    def sized(m):
        if "style=" in m.group("rest"):
            return m.group(0)
        # every line of a highlighted block is one <span id="__span-..."> (line_spans)
        lines = (m.group("body").count('<span id="__span-')
                 or m.group("body").rstrip("\n").count("\n") + 1)
        titled = int('<span class="filename">' in m.group("body"))
        return (f'<div class="{m.group("classes")}"{m.group("rest")} '
                f'style="--nn11-lines: {lines}; --nn11-title: {titled}">'
                + m.group("body") + "</code></pre></div>")
    return BLOCK.sub(sized, html)
