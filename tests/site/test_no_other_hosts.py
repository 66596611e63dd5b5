"""The built site loads nothing from another host: no web fonts, no CDN, no repository API.

Static check of what a page loads by itself: every src= and every <link href=> in the HTML,
every url() and @import in the CSS, and every absolute URL in our own JavaScript. Material's
bundled JavaScript is checked against a short list of hosts it names but does not contact
unless configured to (each with the reason). The browser tests watch real requests too.
"""
import re
from urllib.parse import urlparse

import pytest

LOCAL = {"127.0.0.1", "localhost"}
# Hosts that Material's own bundle mentions, and why they stay silent here.
INERT_IN_MATERIAL_BUNDLE = {
    "api.github.com": "repository facts: only fetched when repo_url is set; it is not",
    "${e}": "a template for the same repository hosts (https://${e}/...): repo_url only",
    "unpkg.com": "Mermaid diagrams: only fetched when a page has one; none has",
    "clipboardjs.com": "the licence banner of clipboard.js, a comment",
    "lunrjs.com": "the licence banner of lunr in the search worker, a comment",
    "bit.ly": "a link in lunr's licence banner, a comment",
    "tartarus.org": "the Porter stemmer's home page in lunr's licence banner, a comment",
}
# Our scripts name no other host, except the pinned addresses Run and Edit fetches Pyodide
# from after the reader presses Run (the browser tests prove nothing is requested before).
ONLY_AFTER_A_CLICK = {"javascripts/pyodide-pin.js": {"cdn.jsdelivr.net"}}
# lunr's language packs (assets/javascripts/lunr/) name many hosts in their comments; they
# are loaded only for search languages other than English (see test_only_english_search).


def hosts(urls):
    found = set()
    for url in urls:
        url = url.strip("'\" ")
        if url.startswith("//"):
            url = "https:" + url
        parsed = urlparse(url)
        if parsed.scheme in ("http", "https") and parsed.hostname not in LOCAL:
            found.add(parsed.netloc.split(":")[0])
    return found


def site_url_host(built_site):
    # canonical links and the sitemap name the site's own address; that is not a load
    page = (built_site / "index.html").read_text(encoding="utf-8")
    m = re.search(r'<link rel="canonical" href="([^"]+)"', page)
    return urlparse(m.group(1)).hostname if m else None


def test_html_loads_nothing_from_other_hosts(built_site):
    own = site_url_host(built_site)
    for page in built_site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        loads = re.findall(r'\bsrc\s*=\s*"([^"]+)"', html)
        loads += [href for tag in re.findall(r"<link\b[^>]*>", html)
                  if 'rel="canonical"' not in tag and 'rel="alternate"' not in tag
                  for href in re.findall(r'href="([^"]+)"', tag)]
        loads += re.findall(r"url\(([^)]+)\)", html)
        loads += re.findall(r"@import\s+['\"]([^'\"]+)", html)
        assert hosts(loads) - {own} == set(), page.relative_to(built_site)


def test_css_loads_nothing_from_other_hosts(built_site):
    for sheet in built_site.rglob("*.css"):
        css = sheet.read_text(encoding="utf-8")
        loads = re.findall(r"url\(([^)]+)\)", css) + re.findall(r"@import\s+['\"]([^'\"]+)", css)
        assert hosts(loads) == set(), sheet.relative_to(built_site)


@pytest.mark.parametrize("kind", ["ours", "material"])
def test_javascript_names_no_other_host(built_site, kind):
    for script in built_site.rglob("*.js"):
        if "assets/javascripts/lunr/" in script.as_posix():
            continue
        is_material = "assets/javascripts" in script.as_posix()
        if is_material != (kind == "material"):
            continue
        named = hosts(re.findall(r"https?://[^\s\"'`)<>\\]+", script.read_text(encoding="utf-8")))
        allowed = (set(INERT_IN_MATERIAL_BUNDLE) if is_material
                   else ONLY_AFTER_A_CLICK.get(script.relative_to(built_site).as_posix(), set()))
        assert named - allowed == set(), script.relative_to(built_site)


def test_no_web_fonts_configured(built_site):
    html = (built_site / "index.html").read_text(encoding="utf-8")
    assert "fonts.googleapis.com" not in html and "fonts.gstatic.com" not in html


def test_only_english_search(built_site):
    # with search.lang "en" no lunr language pack is requested
    html = (built_site / "index.html").read_text(encoding="utf-8")
    assert "lunr/min/lunr." not in html
    config = re.search(r'"lang":\s*\[([^\]]*)\]', (built_site / "search" / "search_index.json").read_text())
    assert config and config.group(1).strip() == '"en"'
