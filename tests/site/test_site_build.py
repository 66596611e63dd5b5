"""The site builds with --strict (links and anchors validated) and has what readers expect."""
import re


def test_site_builds_strict(built_site):
    # the fixture fails on any warning: broken link, missing anchor, missing snippet file
    assert (built_site / "index.html").is_file()


def test_site_has_a_404_page(built_site):
    page = (built_site / "404.html").read_text(encoding="utf-8")
    assert "404" in page


def test_site_has_search_index(built_site):
    index = (built_site / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "sigmoid" in index


def test_code_blocks_have_copy_buttons_enabled(built_site):
    # content.code.copy is a theme feature: the config reaches every page as JSON
    page = (built_site / "index.html").read_text(encoding="utf-8")
    assert re.search(r'"features":\s*\[[^\]]*"content\.code\.copy"', page)
