"""The home page's map of pages leads to every page of the site."""
import re

from nn11site.mkdocs_config import mkdocs_config
from nn11site.paths import ROOT

HOME = ROOT / "docs" / "index.md"


def nav_files():
    return [next(iter(item.values())) for item in mkdocs_config()["nav"]]


def test_map_of_pages_lists_every_page_but_home_in_nav_order():
    text = HOME.read_text(encoding="utf-8")
    section = text[text.index("{ #pages }"):]
    listed = re.findall(r"^\[[^\]]+\]\(([\w.-]+)\)$", section, re.M)
    assert listed == [page for page in nav_files() if page != "index.md"]
