"""The training explorer's data and its build-time HTML hold the programs' real numbers.

The data the site ships (explorer/<program>.json, from the built site) is compared with fresh,
independent runs (tests/fresh_runs.py); so are the numbers the pages show before any script
runs (the explorer at iteration 0, the no-JavaScript list of the first and last iteration)
and the numbers the network figures' descriptions state. The explorer's script and data stay
within their byte budget.
"""
import gzip
import json
import re
from html import unescape

import numpy as np
import pytest
from fresh_runs import after, iteration
from js_modules import module_graph
from worker_groups import one_worker

from nn11site.explorer import data as explorer_data
from nn11site.explorer import diagram as network
from nn11site.explorer.data import PROGRAMS, kept_iterations, shown
from nn11site.listings import LISTINGS

# its tests share a module fixture: one worker runs them all (worker_groups.py)
pytestmark = one_worker(__name__)

PAGES = {"part1": "part1/index.html", "part2": "part2/index.html", "nn11": "index.html"}
BUDGET = 60 * 1024  # gzipped bytes of explorer script, data, loader and style, per page


@pytest.fixture(scope="module")
def shipped(built_site):
    return {name: json.loads((built_site / "explorer" / f"{name}.json").read_text())
            for name in PROGRAMS}


def test_kept_iterations_are_dense_at_first_then_spread_out():
    kept = kept_iterations(60000, printing=range(0, 60000, 10000))
    assert kept[:explorer_data.DENSE] == list(range(explorer_data.DENSE))
    assert kept[-1] == 59999 and set(range(0, 60000, 10000)) <= set(kept)
    gaps = np.diff(kept[explorer_data.DENSE:])
    assert gaps[-1] > 100 * gaps[0]
    assert len(kept) < 200


@pytest.mark.parametrize("name", PROGRAMS)
def test_kept_weights_equal_a_fresh_run(shipped, name):
    data = shipped[name]
    kept = data["iterations"]
    assert kept == kept_iterations(data["total"], [int(j) for j in data["printed"]])
    for k in (0, 1, explorer_data.DENSE + 3, len(kept) // 2, len(kept) - 1):
        namespace, _ = after(name, kept[k])        # the weights at the top of iteration kept[k]
        for w, flat in data["weights"].items():
            assert np.array_equal(np.array(flat[k]).reshape(data["shapes"][w]), namespace[w]), \
                (name, kept[k], w)


def test_printed_lines_are_what_part2_prints(shipped):
    printed = LISTINGS["part2"].expected_output().splitlines()
    errors = [line for line in printed if line.startswith("Error:")]
    assert list(shipped["part2"]["printed"].values()) == errors
    assert list(shipped["part2"]["printed"]) == [str(j) for j in range(0, 60000, 10000)]


def cells(html):
    return [unescape(c) for c in re.findall(r"<td>([^<]*)</td>", html)]


def expected_cells(name, k, start=True):
    """Every number of iteration k, in the page's order: the weights it starts from (under
    the loop's first line), then each array its lines compute."""
    top, namespace, _ = iteration(name, k)
    out = []
    for step in explorer_data.steps(PROGRAMS[name]["path"]):
        if step["kind"] == "for" and start:
            out.extend(shown(v) for w in PROGRAMS[name]["weights"] for v in top[w].ravel())
        if step["kind"] == "array":
            out.extend(shown(v) for v in np.atleast_2d(namespace[step["name"]]).ravel())
    return out


@pytest.mark.parametrize("name", PROGRAMS)
def test_page_shows_iteration_0_and_without_script_the_first_and_last(built_site, name):
    html = (built_site / PAGES[name]).read_text(encoding="utf-8")
    explorer = re.search(r'<ol class="nn11-explorer__values">.*?</ol>', html, re.S).group(0)
    assert cells(explorer) == expected_cells(name, 0)
    static = re.search(r"<noscript>.*?</noscript>", html, re.S).group(0)
    last = PROGRAMS[name]["path"].read_text()
    total = int(re.search(r"\brange\((\d+)\)", last).group(1))
    assert f"Iteration {total - 1:,}" in static
    first, final = ("".join(re.findall(rf'<div data-at="{at}">(.*?)</div>', static))
                    for at in ("first", "last"))
    assert cells(first) == expected_cells(name, 0)
    assert cells(final) == expected_cells(name, total - 1)


def test_shown_writes_python_format_with_a_real_minus():
    assert [shown(v) for v in (0.0, 0.269, -0.000123, 1.2345e-5, 9.99996, np.int64(1))] == \
        ["0.000", "0.2690", "\u22120.0001230", "1.234e\u221205", "10.00", "1"]


NETWORKS = {"part1": ["part1/index.html", "index.html"], "part2": ["part2/index.html", "index.html"]}


@pytest.mark.parametrize("name", NETWORKS)
def test_network_figures_describe_the_trained_weights(built_site, name):
    namespace, _ = after(name, 10000 if name == "part1" else 60000)
    weights = [namespace[w] for w in PROGRAMS[name]["weights"]]
    expected = [f"{v:.2f}".replace("-", "\u2212") for m in weights for v in m.ravel()]
    layers = [weights[0].shape[0]] + [m.shape[1] for m in weights]
    for page in NETWORKS[name]:
        html = (built_site / page).read_text(encoding="utf-8")
        labels = [unescape(a) for a in re.findall(
            r'<figure class="nn11-net"[^>]*><svg [^>]*aria-label="([^"]*)"', html)]
        label = next(a for a in labels if f"{PROGRAMS[name]['title']}'s network" in a)
        assert re.findall(r"−?\d+\.\d\d\b", label) == expected, page
        assert [int(n) for n in re.findall(r"\((\d+) nodes?\)", label)] == layers
        # every edge drawn, blue (is-pos) or orange (is-neg) by its sign, as wide as its size
        figure = next(f for f in re.findall(r'<figure class="nn11-net"[^>]*>.*?</figure>', html, re.S)
                      if f"{PROGRAMS[name]['title']}'s network" in unescape(f))
        edges = re.findall(r'<line class="nn11-net__edge (is-pos|is-neg)" data-w="syn(\d) (\d) (\d)"'
                           r'[^>]*stroke-width="([\d.]+)"', figure)
        assert len(edges) == sum(m.size for m in weights)
        scale = max(abs(m).max() for m in weights)
        for sign, m, i, j, width in edges:
            w = weights[int(m)][int(i), int(j)]
            assert sign == ("is-pos" if w >= 0 else "is-neg")
            assert float(width) == pytest.approx(
                network.WIDTH_MIN + network.WIDTH_SPAN * abs(w) / scale, abs=0.006)


@pytest.mark.parametrize("name", PAGES)
def test_explorer_script_and_data_fit_the_byte_budget(built_site, name):
    html = (built_site / PAGES[name]).read_text(encoding="utf-8")
    style = re.search(r"<style>\s*/\* The training explorer .*?</style>", html, re.S).group(0)
    # the script: the explorer's modules, and the loader's (on-reach.js, with what it imports)
    scripts = {*module_graph("explorer.js"), *module_graph("on-reach.js")}
    parts = [*((built_site / "javascripts" / script).read_bytes() for script in sorted(scripts)),
             (built_site / "explorer" / f"{name}.json").read_bytes(),
             style.encode()]
    # gzip at level 9 without a timestamp: the same bytes every time
    size = sum(len(gzip.compress(part, compresslevel=9, mtime=0)) for part in parts)
    assert size <= BUDGET, f"{name}: {size} bytes gzipped"
