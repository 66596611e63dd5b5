"""No script holds up a page's first paint: every script a page names is deferred or an ES
module (which is deferred), so the browser draws the page as soon as its HTML and style sheets
are in, and the scripts still run in the order the page names them (overrides/main.html)."""
import re

from nn11site.site import pages

SCRIPT = re.compile(r"<script\b([^>]*)>")


def named_scripts(html):
    return [attributes for attributes in SCRIPT.findall(html) if re.search(r"\bsrc=", attributes)]


def test_every_script_a_page_names_waits_for_the_page_to_be_parsed(built_site):
    blocking = {}
    for page in pages(built_site) + ["404.html"]:
        path = built_site / page / ("" if page.endswith(".html") else "index.html")
        scripts = named_scripts(path.read_text(encoding="utf-8"))
        assert scripts, f"/{page} names no script"
        blocking[page] = [s for s in scripts if not re.search(r'\bdefer\b|\btype="module"', s)]
    assert not any(blocking.values()), f"scripts that block the first paint: {blocking}"


def test_materials_bundle_runs_before_the_sites_modules(built_site):
    scripts = named_scripts((built_site / "index.html").read_text(encoding="utf-8"))
    bundle = next(i for i, s in enumerate(scripts) if "bundle." in s)
    modules = [i for i, s in enumerate(scripts) if 'type="module"' in s]
    assert modules and bundle < min(modules)
