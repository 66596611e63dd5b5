"""The same mkdocs.yml built by Zensical gives every page but the notebook what the MkDocs
build gives it (issue 19, item 6): the anchors something links to, the listings, the
excerpts and where their line numbers lead, the figures, the explorer, and the Run bars.

Zensical is kept out of requirements.txt (requirements-zensical.txt pins it), so this test
runs where it is installed: the `zensical` named by $NN11_ZENSICAL, or the one in the venv
.zensical/ that the README's "Contributing" says how to make (.ci/run makes it); elsewhere it
skips, saying so.

Zensical writes the site inside the folder of its config file and reads the docs from there
too, so it builds a copy of mkdocs.yml, docs/ and overrides/ in a folder of its own, into
whose docs/ the figures' SVGs and the explorer's data are written first, by the code of the
README's generation command (`python -m nn11site.generate`), as Zensical runs no plugin.
"""
import os
import posixpath
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from worker_groups import one_worker

from nn11site import generated_files
from nn11site.paths import ROOT

# one Zensical build for the module's tests
pytestmark = one_worker(__name__)

# the pages the MkDocs build makes; the notebook needs mkdocs-jupyter, which Zensical lacks
PAGES = ["", "part1/", "part2/", "eleven-lines/", "questions/", "next-steps/", "claims/"]
# what only the figures and the explorer make; compared as figures and explorer, not anchors
GENERATED = ".nn11-figure, .nn11-net, .nn11-explorer"


def zensical_command():
    named = os.environ.get("NN11_ZENSICAL")
    if named:
        return named
    venv = ROOT / ".zensical" / "bin" / "zensical"
    return str(venv) if venv.exists() else None


@pytest.fixture(scope="module")
def zensical_site(tmp_path_factory, site_server):
    command = zensical_command()
    if command is None:
        pytest.skip("no Zensical: set NN11_ZENSICAL to its `zensical`, or make the .zensical/ "
                    "venv (README, 'Building with Zensical'); .ci/run and CI's zensical job do")
    project = tmp_path_factory.mktemp("zensical")
    for part in ("docs", "overrides"):
        shutil.copytree(ROOT / part, project / part)
    shutil.copy(ROOT / "mkdocs.yml", project)
    generated_files.write(project / "docs")
    env = dict(os.environ, SITE_URL=site_server.url)
    done = subprocess.run([command, "build", "-f", "mkdocs.yml"], cwd=project, env=env,
                          capture_output=True, text=True, check=False, timeout=300)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return project / "site"


def parsed(site, page):
    return BeautifulSoup((Path(site) / page / "index.html").read_text(encoding="utf-8"), "html.parser")


def resolved(page, href):
    """A link of `page` as the page ("/part1/") and fragment it leads to; a link that climbs
    above the site's root stays as written (a browser would quietly drop the extra "../")."""
    parts = urlsplit(href)
    if parts.scheme or parts.netloc:
        return href, ""
    path = posixpath.normpath(posixpath.join("root", page, parts.path.removesuffix("index.html")))
    if path != "root" and not path.startswith("root/"):
        return href, ""
    path = path.removeprefix("root") + ("/" if parts.path.endswith("/") or not parts.path else "")
    return path.replace("//", "/") or "/", parts.fragment


def linked_anchors(site, page):
    """The ids of `page` that a link of the site leads to (but those of figures and the explorer)."""
    soup = parsed(site, page)
    generated = {tag["id"] for part in soup.select(GENERATED) for tag in [part, *part.select("[id]")]
                 if tag.has_attr("id")}
    targets = set()
    for other in PAGES:
        for a in parsed(site, other).select("a[href]"):
            target, fragment = resolved(other, a["href"])
            if target == f"/{page}" and fragment:
                targets.add(fragment)
    return sorted(t for t in targets if soup.find(id=t) is not None and t not in generated)


def listings(soup, page):
    return [(block["data-listing"], block.select_one("td.code code").get_text(),
             [span["id"] for span in block.select("td.code code span[id]")])
            for block in soup.select("[data-listing]")]


def excerpts(soup, page):
    return [(block["data-excerpt"], block.select_one("td.code code").get_text(),
             [resolved(page, a["href"]) for a in block.select("td.linenos a[href]")])
            for block in soup.select("[data-excerpt]")]


def figures(soup, page):
    return [(figure.get("id"), " ".join(figure["class"]), bool(figure.select("svg, img")))
            for figure in soup.select("figure.nn11-figure, figure.nn11-net")]


def explorer(soup, page):
    return [(part.get("id"), part.get("data-program")) for part in soup.select(".nn11-explorer")]


def run_bars(soup, page):
    bars = []
    for block in soup.select("[data-run]"):
        bar = block.find_next_sibling()
        bars.append((block.get("data-run"), block.get("data-run-file"), block.get("data-run-expected"),
                     bar.get("aria-label") if bar is not None and "nn11-run" in bar.get("class", []) else None))
    return bars


ASPECTS = {"listings": listings, "excerpts": excerpts, "figures": figures, "explorer": explorer,
           "run bars": run_bars}


def cases():
    return [pytest.param(page, aspect, id=f"{page or 'home'}-{aspect}")
            for page in PAGES for aspect in ASPECTS]


@pytest.mark.slow
@pytest.mark.parametrize("page", PAGES, ids=lambda page: page or "home")
def test_every_anchor_something_links_to_is_there(zensical_site, built_site, page):
    wanted = linked_anchors(built_site, page)
    soup = parsed(zensical_site, page)
    assert [anchor for anchor in wanted if soup.find(id=anchor) is None] == []


@pytest.mark.slow
@pytest.mark.parametrize(("page", "aspect"), cases())
def test_zensical_shows_what_mkdocs_shows(zensical_site, built_site, page, aspect):
    look = ASPECTS[aspect]
    assert look(parsed(zensical_site, page), page) == look(parsed(built_site, page), page)


@pytest.mark.slow
def test_zensical_serves_the_files_the_figures_and_explorer_come_with(zensical_site, built_site):
    for path in generated_files.paths():
        assert (zensical_site / path).read_bytes() == (built_site / path).read_bytes(), path
