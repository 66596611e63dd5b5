"""Python blocks carry fewer spans (nn11site/render/reader_tokens.py) and every character
keeps its colour, in the light and the dark scheme: each block of a page is compared, in the
page itself, with the same code highlighted as Pygments does unfiltered, character by
character (but whitespace, which shows no colour), by the colour the browser computes."""
import pytest
from browsing import in_dark_scheme
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import PythonLexer

# the listing and snippets of Part 2, the excerpts of the eleven lines
PAGES = ["part2/", "eleven-lines/"]
CODE = ".language-python :is(td.code code, pre > code)"

# per block: the colour of every character, as shown and as the unfiltered markup shows it
COLOURS = """([selector, unfiltered]) => {
  const colours = code => {
    const found = [];
    const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const colour = getComputedStyle(node.parentElement).color;
      // whitespace shows no colour: the filter may put it in its neighbours' span
      for (const character of node.data) found.push(character + " " + (/\\s/.test(character) ? "" : colour));
    }
    return found;
  };
  return [...document.querySelectorAll(selector)].map((code, index) => {
    const copy = code.cloneNode(false);
    copy.innerHTML = unfiltered[index];
    code.parentElement.append(copy);
    const pair = [colours(code), colours(copy)];
    copy.remove();
    return pair;
  });
}"""


def unfiltered(text):
    return highlight(text, PythonLexer(), HtmlFormatter(nowrap=True))


def differences(page):
    texts = page.evaluate("s => [...document.querySelectorAll(s)].map(c => c.textContent)", CODE)
    assert texts, "the page shows Python blocks"
    found = []
    pairs = page.evaluate(COLOURS, [CODE, [unfiltered(text) for text in texts]])
    for index, (shown, before) in enumerate(pairs):
        assert len(shown) == len(before), f"block {index}: not the same text"
        found += [f"block {index}, character {n}: {a} != {b}"
                  for n, (a, b) in enumerate(zip(shown, before, strict=True)) if a != b]
    return found


@pytest.mark.browser
@pytest.mark.parametrize("path", PAGES)
def test_every_character_keeps_its_colour_in_both_schemes(tab, site_url, path):
    page = tab(color_scheme="light").show(site_url, path).page
    assert differences(page)[:5] == []
    with in_dark_scheme(page):
        assert differences(page)[:5] == []
