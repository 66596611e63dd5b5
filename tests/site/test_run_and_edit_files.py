"""Run and Edit's files: the pinned Pyodide, and what the page pays for the feature.

The interpreter comes from jsDelivr only after a click, at the version package.json pins,
and each core file must hash to the same file's SHA-256 in the npm package (checked in the
browser by run-worker.js before Pyodide uses it). What the page loads for Run and Edit before
any click is one small listener; the code that does the work (the modules the first press
imports, and the worker) stays within BUDGET, gzipped.
"""
import gzip
import json
import re

import pytest
from js_modules import JAVASCRIPTS, module_graph

from nn11site.paths import ROOT
from tools import pin_pyodide

PIN = JAVASCRIPTS / "pyodide-pin.js"
# everything Run and Edit's own code weighs: the loader, the modules it imports on the first
# press, and the worker with what it imports (Pyodide itself excluded; page.js, the page
# lifecycle, every page loads anyway and test_page_budgets.py counts)
RUN_AND_EDIT = sorted({"run-loader.js", *module_graph("run-and-edit.js"), *module_graph("run-worker.js")}
                      - {"page.js"})
BUDGET = 15 * 1024
LOADER_BUDGET = 1024


def gzipped(path):
    return len(gzip.compress(path.read_bytes(), 9, mtime=0))


def pinned_version():
    return json.loads((ROOT / "package.json").read_text())["devDependencies"]["pyodide"]


def test_package_json_pins_pyodide_exactly():
    assert re.fullmatch(r"\d+\.\d+\.\d+", pinned_version()), "an exact version, no range"
    lock = json.loads((ROOT / "package-lock.json").read_text())
    assert lock["packages"]["node_modules/pyodide"]["version"] == pinned_version()


def test_the_browser_fetches_the_pinned_version_from_the_two_pinned_addresses():
    pin = PIN.read_text(encoding="utf-8")
    version = pinned_version()
    assert f'VERSION = "{version}"' in pin
    assert f'CORE_URL = "https://cdn.jsdelivr.net/npm/pyodide@{version}/"' in pin
    assert f'PACKAGES_URL = "https://cdn.jsdelivr.net/pyodide/v{version}/full/"' in pin


@pytest.mark.node
def test_pin_holds_the_sha256_of_the_npm_packages_files(pyodide_package):
    assert PIN.read_text(encoding="utf-8") == pin_pyodide.pin_text(), \
        "run `.venv/bin/python tools/pin_pyodide.py` after changing Pyodide's version"


@pytest.mark.node
def test_lock_file_pins_numpy_2_4_6_with_its_hash(pyodide_package):
    # the NumPy whose output tests/programs already proves matches the site's
    numpy = json.loads((pyodide_package / "pyodide-lock.json").read_text())["packages"]["numpy"]
    assert numpy["version"] == "2.4.6"
    assert re.fullmatch(r"[0-9a-f]{64}", numpy["sha256"])


def test_run_and_edit_weighs_at_most_15_kib_gzipped():
    sizes = {name: gzipped(JAVASCRIPTS / name) for name in RUN_AND_EDIT}
    assert sum(sizes.values()) <= BUDGET, sizes


def test_before_a_click_a_page_loads_only_the_small_listener(built_site):
    assert gzipped(JAVASCRIPTS / "run-loader.js") <= LOADER_BUDGET
    for page in built_site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        scripts = re.findall(r'<script[^>]*\bsrc="([^"]*run[^"]*)"', html)
        assert [s.rsplit("/", 1)[-1] for s in scripts] in ([], ["run-loader.js"]), page
        # no preload or prefetch of the module, the worker or the interpreter either
        assert not re.search(r'<link[^>]+(run-and-edit|run-worker|pyodide)', html), page
