"""The built site has what readers expect. (That it builds with --strict, links and anchors
validated, the `built_site` fixture itself asserts: any warning fails the build.)"""
import re


def test_404_page_offers_ways_back(built_site):
    # Pages serves 404.html at any depth, so its links must be rooted at the site's path
    page = (built_site / "404.html").read_text(encoding="utf-8")
    assert "This page is not here" in page
    for target in ("/", "/part1/", "/part2/"):
        assert f'href="{target}"' in page
    assert 'href="//' not in page


def test_site_has_search_index(built_site):
    index = (built_site / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "sigmoid" in index


def test_code_blocks_have_copy_buttons_enabled(built_site):
    # content.code.copy is a theme feature: the config reaches every page as JSON
    page = (built_site / "index.html").read_text(encoding="utf-8")
    assert re.search(r'"features":\s*\[[^\]]*"content\.code\.copy"', page)
