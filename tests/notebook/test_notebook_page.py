"""The notebook's page on the built site: its cells, their outputs, a working download, and light.

mkdocs-jupyter executes docs/notebook.ipynb during the build (a failing cell fails the build,
so `built_site` existing proves it ran) and the nn11 plugin (nn11site/notebook_page.py) rewrites the result in the
site's own markup. These tests read the page as the browser gets it.
"""
import gzip
import html
import json
import re
from pathlib import Path
from urllib.parse import urljoin, urlparse

import nbformat
from notebook_files import ORDER, expected_output

from nn11site.notebook import NOTEBOOK

BUDGET = 400 * 1024   # bytes: the page and everything it loads from its own site
PAGE = "notebook/index.html"


def page(built_site):
    return (built_site / PAGE).read_text(encoding="utf-8")


def article(built_site):
    text = page(built_site)
    return text[text.index("<article"):text.index("</article>")]


def text_of(fragment):
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


def test_page_shows_every_code_cell_as_a_code_block(built_site):
    cells = [cell.source for cell in nbformat.read(NOTEBOOK, as_version=4).cells
             if cell.cell_type == "code"]
    shown = re.findall(r'<div class="language-python highlight"[^>]*>.*?<code>(.*?)</code></pre>',
                       article(built_site), re.S)
    assert [text_of(code) for code in shown] == [source + "\n" for source in cells]


def test_page_shows_what_the_listings_print(built_site):
    # executed at build time: the outputs on the page are the listings' own, in story order
    outputs = re.findall(r'<div class="language-text highlight output no-copy"[^>]*><pre><span></span>'
                         r"<code>(.*?)</code></pre></div>", article(built_site), re.S)
    assert "".join(text_of(output) for output in outputs) == \
        "".join(expected_output(name) for name in ORDER)


def test_download_link_is_relative_and_serves_the_committed_notebook(built_site):
    links = re.findall(r'<a [^>]*href="([^"]+)"[^>]*\bdownload\b[^>]*>', article(built_site))
    assert len(links) == 1, links
    href = links[0]
    # relative to the page: the same link works on localhost and under any Pages path
    assert not urlparse(href).scheme and not href.startswith("/"), href
    target = built_site / Path(urlparse(urljoin("/notebook/", href)).path.lstrip("/"))
    assert target.read_bytes() == NOTEBOOK.read_bytes()


def test_no_leftovers_of_the_jupyter_template(built_site):
    body = article(built_site)
    assert "<script" not in body and "<style" not in body
    assert "jp-" not in body and "clipboard-copy" not in body
    whole = page(built_site).lower()
    assert "mathjax" not in whole and "require.js" not in whole and "requirejs" not in whole


def test_headings_link_to_themselves_like_the_other_pages(built_site):
    anchors = re.findall(r'<h[2-6] id="([^"]+)">', article(built_site))
    sections = [line for cell in nbformat.read(NOTEBOOK, as_version=4).cells
                if cell.cell_type == "markdown" for line in cell.source.splitlines()
                if re.match(r"#{2,6} ", line)]
    assert len(anchors) == len(sections) > 0, "every section heading of the notebook, on the page"
    for anchor in anchors:
        assert f'<a class="headerlink" href="#{anchor}"' in article(built_site)


def loads(built_site, page_path):
    """Same-origin files the page loads by itself: scripts, style sheets, icons, images, and
    what those style sheets load in turn. Returns {site path: size in bytes}."""
    text = (built_site / page_path).read_text(encoding="utf-8")
    page_url = "/" + page_path.removesuffix("index.html")
    urls = re.findall(r'<(?:script|img|source|iframe)\b[^>]*\bsrc="([^"]+)"', text)
    for tag in re.findall(r"<link\b[^>]*>", text):
        rel = re.search(r'\brel="([^"]+)"', tag)
        href = re.search(r'\bhref="([^"]+)"', tag)
        if rel and href and set(rel.group(1).split()) & {"stylesheet", "icon", "preload",
                                                         "modulepreload", "manifest"}:
            urls.append(href.group(1))
    urls += re.findall(r"url\((?![\"']?(?:#|data:))[\"']?([^)\"']+)", text)
    found = {}
    queue = [(url, page_url) for url in urls]
    while queue:
        url, base = queue.pop()
        absolute = urlparse(urljoin(base, url))
        assert not absolute.scheme or absolute.hostname in ("127.0.0.1", "localhost"), url
        path = absolute.path.lstrip("/")
        if path in found:
            continue
        file = built_site / path
        assert file.is_file(), f"{page_path} loads {url}, which the site does not have"
        found[path] = file.stat().st_size
        if path.endswith(".css"):
            css = file.read_text(encoding="utf-8")
            queue += [(ref, "/" + path) for ref in
                      re.findall(r"url\((?![\"']?(?:#|data:))[\"']?([^)\"']+)", css)]
    return found


def test_notebook_page_weighs_at_most_400_kib(built_site):
    assets = loads(built_site, PAGE)
    total = (built_site / PAGE).stat().st_size + sum(assets.values())
    listing = "\n".join(f"{size:>9}  {path}" for path, size in sorted(assets.items()))
    assert total <= BUDGET, (f"{total} bytes > {BUDGET}: the page "
                             f"{(built_site / PAGE).stat().st_size} bytes, plus\n{listing}")


def fetched_after_load(built_site, page_path):
    """What Material's own script fetches once the page is up: the search worker and the
    search index (search), and the sitemap (instant navigation). {site path: bytes}."""
    text = (built_site / page_path).read_text(encoding="utf-8")
    config = json.loads(re.search(r'<script id="__config" type="application/json">(.*?)</script>',
                                  text, re.S).group(1))
    page_url = "/" + page_path.removesuffix("index.html")
    base = urljoin(page_url, config["base"] + "/")
    paths = [urlparse(urljoin(page_url, config["search"])).path,
             urljoin(base, "search/search_index.json"), urljoin(base, "sitemap.xml")]
    return {path.lstrip("/"): (built_site / path.lstrip("/")).read_bytes() for path in paths}


def test_notebook_page_transfers_at_most_400_kib_as_pages_serves_it(built_site):
    # GitHub Pages sends text gzip-compressed. Everything the page ends up fetching (its own
    # files, plus the site-wide search index, which grows with every page), compressed with
    # gzip's default level, must stay within the same budget.
    contents = {path: (built_site / path).read_bytes() for path in loads(built_site, PAGE)}
    contents[PAGE] = (built_site / PAGE).read_bytes()
    contents.update(fetched_after_load(built_site, PAGE))
    sizes = {path: len(gzip.compress(data, 6, mtime=0)) for path, data in contents.items()}
    listing = "\n".join(f"{size:>9}  {path}" for path, size in sorted(sizes.items()))
    assert sum(sizes.values()) <= BUDGET, listing
