"""Give the listings stable, readable line anchors and link them to the walkthrough.

pymdownx.highlight numbers every code block's lines with ids such as `__codelineno-3-36`,
where 3 is the block's position on the page: add a paragraph above and every link breaks.
A listing fence carries `data-listing="part1"`; an excerpt of it carries
`data-excerpt="part1"` (hooks/listing_markers.py writes both). This hook rewrites their line anchors so that

* listing line N has the id `part1-N`, and its line number links to the walkthrough section
  `#line-N` when the page has one (lines with no section get no link: nothing to tab to);
* an excerpt's line number links back to `part1-N` on the page that shows that listing.
"""
import re

from mkdocs.utils import get_relative_url

from nn11site.listings import LISTINGS

BLOCK = re.compile(
    r'(<div class="[^"]*\bhighlight\b[^"]*" data-(?P<kind>listing|excerpt)="(?P<name>\w+)">)'
    r'(?P<body>.*?</table></div>)', re.S)
ANCHOR = re.compile(r'<a id="__codelineno-\d+-\d+" name="__codelineno-\d+-\d+"></a>')
SPAN_ID = re.compile(r'<span id="__span-\d+-(\d+)">')
NUMBER_LINK = re.compile(r'<a href="#__codelineno-\d+-(\d+)">(\s*\d+)</a>')


def on_page_content(html, page, config, files):
    sections = set(re.findall(r'\bid="line-(\d+)"', html))

    def listing_body(name, body):
        body = ANCHOR.sub("", body)
        body = SPAN_ID.sub(lambda m: f'<span id="{name}-{m.group(1)}">', body)

        def number(m):
            line, label = m.group(1), m.group(2)
            if line in sections:
                return f'<a href="#line-{line}" title="Line {line}, explained">{label}</a>'
            return label
        return NUMBER_LINK.sub(number, body)

    def excerpt_body(name, body):
        body = ANCHOR.sub("", body)
        target = LISTINGS[name].page
        prefix = "" if page.file.src_uri == target else get_relative_url(files.get_file_from_path(target).url, page.url)
        return NUMBER_LINK.sub(
            lambda m: f'<a href="{prefix}#{name}-{m.group(1)}" '
                      f'title="Line {m.group(1)} in the whole listing">{m.group(2)}</a>', body)

    def rewrite(m):
        kind, name, body = m.group("kind"), m.group("name"), m.group("body")
        if name not in LISTINGS:
            raise ValueError(f"{page.file.src_uri}: unknown listing {name!r}")
        body = listing_body(name, body) if kind == "listing" else excerpt_body(name, body)
        return m.group(1) + body

    return BLOCK.sub(rewrite, html)
