"""What the site's search index holds: the pages' words, not what a drawing or a control says.

Material indexes every text of a page's content unless an element says `data-search-exclude`.
The text drawn inside a figure (axis ticks, a diagram's labels and numbers) and the labels of
the explorer's and Run and Edit's controls are no words a reader searches for; a result that
quotes "−6−4−20246x0.00.2…" or "Step line by line" is noise. A figure stays findable by its
caption.
"""
import json
import re
from html import unescape

import pytest
from worker_groups import one_worker

# its tests share a module fixture: one worker runs them all (worker_groups.py)
pytestmark = one_worker(__name__)

# the controls' labels, as the index would run them together
CONTROL_LABELS = ["Step line by line", "Go to iteration", "Whole iteration", "RunEdit"]


def squeezed(text):
    return re.sub(r"\s+", "", unescape(text))


@pytest.fixture(scope="module")
def indexed(built_site):
    docs = json.loads((built_site / "search" / "search_index.json").read_text())["docs"]
    return "\n".join(doc["title"] + "\n" + doc["text"] for doc in docs)


@pytest.fixture(scope="module")
def pages(built_site):
    return {path.parent.relative_to(built_site).as_posix(): path.read_text(encoding="utf-8")
            for path in built_site.glob("**/index.html") if path.parent.name != "404"}


def test_no_control_label_is_indexed(indexed):
    assert [label for label in CONTROL_LABELS if label in indexed] == []


def test_no_figure_drawing_text_is_indexed(indexed, pages):
    everything = squeezed(re.sub(r"<[^>]+>", "", indexed))
    found = []
    for page, html in pages.items():
        content = html[html.index('<article class="md-content__inner'):]
        for svg in re.findall(r"<svg\b(?:(?!<svg\b).)*?</svg>", content, re.S):
            drawn = squeezed("".join(re.findall(r">([^<]*)<", svg)))
            if len(drawn) >= 6 and drawn in everything:
                found.append(f"{page}: {drawn[:60]}")
    assert found == []


def test_every_figure_caption_is_indexed(indexed, pages):
    everything = squeezed(re.sub(r"<[^>]+>", "", indexed))
    captions = [squeezed(re.sub(r"<[^>]+>", "", caption))
                for html in pages.values()
                for caption in re.findall(r"<figcaption>(.*?)</figcaption>", html, re.S)]
    assert len(captions) > 5
    assert [caption[:60] for caption in captions if caption not in everything] == []
