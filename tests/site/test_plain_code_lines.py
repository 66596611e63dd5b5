"""Code blocks keep only the elements something reads (hooks/plain_code_lines.py): no
positional line spans or self-links are left on any page, and the code reads the same."""
import html
import re

from mkdocs_hooks import load_hook

plain_code_lines = load_hook("plain_code_lines")

# as pymdownx.highlight writes a two-line block with line_spans and anchor_linenums
HIGHLIGHTED = (
    '<div class="highlight"><pre><span></span><code>'
    '<span id="__span-0-1"><a id="__codelineno-0-1" name="__codelineno-0-1" href="#__codelineno-0-1"></a>'
    '<span class="n">x</span> <span class="o">=</span> <span class="mi">1</span>\n</span>'
    '<span id="__span-0-2"><a id="__codelineno-0-2" name="__codelineno-0-2" href="#__codelineno-0-2"></a>'
    '<span class="nb">print</span><span class="p">(</span><span class="s2">&quot;a&lt;b&quot;</span>'
    '<span class="p">)</span>\n</span></code></pre></div>')


def text(markup):
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


def test_the_code_reads_the_same_without_its_line_spans_and_anchors():
    plain = plain_code_lines.on_page_content(HIGHLIGHTED, None, None, None)
    assert text(plain) == text(HIGHLIGHTED) == 'x = 1\nprint("a<b")\n'
    assert "__span" not in plain and "__codelineno" not in plain
    assert plain.count("<span") == HIGHLIGHTED.count("<span") - 2


def test_no_page_keeps_positional_line_ids(built_site):
    pages = sorted(built_site.rglob("*.html"))
    assert len(pages) > 5
    for page in pages:
        markup = page.read_text(encoding="utf-8")
        assert "__span-" not in markup and "__codelineno-" not in markup, page.relative_to(built_site)
