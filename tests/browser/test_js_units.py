"""The browser code's DOM-free modules (docs/javascripts), unit-tested in the Chromium the
browser tests use: tests/js/*.test.js, each test reported as its own case here, named
"<file>: <claim>", so that a failure names the claim it breaks.

No site build and no server: the page's requests are answered from the checkout (Playwright's
routing), /javascripts/ from docs/javascripts, /js/ from tests/js, and /fixtures/ with what
Python computes (the programs' explorer data, and NumPy's numbers from fresh runs of the
programs, tests/fresh_runs.py). Anything else the page asks for fails the run.
"""
import json
import re
from pathlib import Path

import numpy as np
import pytest
from fresh_runs import iteration as fresh_iteration
from js_modules import JAVASCRIPTS
from worker_groups import one_worker

from nn11site.explorer import data as explorer_data
from nn11site.explorer.data import PROGRAMS, shown, shown_node

# every case reads one run of the page: one worker runs them all (worker_groups.py)
pytestmark = one_worker(__name__)

TESTS = Path(__file__).parent.parent / "js"
FILES = sorted(path.name for path in TESTS.glob("*.test.js"))
ORIGIN = "http://js-units.test"  # never reached: every request is answered by the route
CLAIM = re.compile(r'^\s*test\(\s*(`[^`]+`|"[^"]+")', re.M)


def claims(file):
    """The names of a file's tests, read from its source (for the parametrize ids); a claim
    written with ${program} in it stands for one test per program."""
    for claim in CLAIM.findall((TESTS / file).read_text(encoding="utf-8")):
        claim = claim[1:-1]
        names = [claim.replace("${program}", program) for program in PROGRAMS] \
            if "${program}" in claim else [claim]
        yield from (f"{file.removesuffix('.test.js')}: {name}" for name in names)


NAMES = [name for file in FILES for name in claims(file)]


def farthest_from_kept(kept, total):
    ends = [*kept[1:], total]
    k = max(range(len(kept)), key=lambda k: ends[k] - kept[k])
    return ends[k] - 1


def numpy_fixture():
    """Per program: its explorer data, its loop lines' kinds, and at a few iterations what
    NumPy computes, written as the page writes numbers."""
    out = {}
    for name, program in PROGRAMS.items():
        data = json.loads(explorer_data.data_json(explorer_data.record(name)))
        steps = explorer_data.steps(program["path"])
        kept, total = data["iterations"], data["total"]
        between = (kept[len(kept) // 2] + kept[len(kept) // 2 + 1]) // 2
        at = {}
        for j in sorted({0, 1, between, farthest_from_kept(kept, total), total - 1}):
            top, namespace, printed = fresh_iteration(name, j)
            arrays = {s["name"]: namespace[s["name"]] for s in steps if s["kind"] == "array"}
            at[j] = {
                "arrays": {n: [shown(v) if a.dtype.kind == "f" else str(v).replace("-", "\N{MINUS SIGN}")
                               for v in np.atleast_2d(a).ravel()] for n, a in arrays.items()},
                "integer": [n for n, a in arrays.items() if a.dtype.kind != "f"],
                "top": {w: [shown(v) for v in top[w].ravel()] for w in program["weights"]},
                "error": shown(np.abs(namespace["y"] - namespace[program["output"]]).mean()),
                "printed": printed.splitlines()[-1] if str(j) in data["printed"] else None,
            }
        out[name] = {"data": data, "lines": [s["kind"] for s in steps], "at": at}
    return out


def formats_fixture():
    """Numbers and how Python writes them: the edges of `shown`'s notations and roundings."""
    xs = [0.0, -0.0, 1.0, -1.0, 0.5, 0.16604, -0.166, 9.9995, 9999.4, 9999.5, 10000.0, 12345.678,
          1e-4, 0.00012345, 9.9999e-5, 1.5e-5, -2.5e-7, 1e21, 123.45, 0.001, 0.99996,
          float(np.float64(1) / 3), 6.02214076e23, -4.2e-12]
    return {"shown": [[x, shown(x)] for x in xs],
            "node": [[x, shown_node(x)] for x in [0.0, -0.0, -0.0004, 0.0005, 0.9995, -0.5, 1.0, 0.12345]]}


FIXTURES = {"numpy.json": numpy_fixture, "formats.json": formats_fixture}


@pytest.fixture(scope="module")
def results(browser):
    """Every JS test's result, by name, from one page that runs them all."""
    context = browser.new_context()
    unknown = []

    def answer(route):
        path = route.request.url.removeprefix(ORIGIN)
        folder, _, rest = path.lstrip("/").partition("/")
        if folder == "javascripts" and (JAVASCRIPTS / rest).is_file():
            return route.fulfill(path=JAVASCRIPTS / rest, content_type="text/javascript")
        if folder == "js" and (TESTS / rest).is_file():
            return route.fulfill(path=TESTS / rest, content_type="text/javascript")
        if folder == "fixtures" and rest in FIXTURES:
            return route.fulfill(body=json.dumps(FIXTURES[rest]()), content_type="application/json")
        if path == "/":
            return route.fulfill(body="<!doctype html><title>nn11 unit tests</title>",
                                 content_type="text/html")
        unknown.append(route.request.url)
        return route.abort()

    context.route("**/*", answer)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(ORIGIN + "/")
    reported = page.evaluate("""async files => {
      const runner = await import("/js/runner.js");
      for (const file of files) {
        runner.fromFile(file.replace(/\\.test\\.js$/, ""));
        await import("/js/" + file);
      }
      return runner.run();
    }""", FILES)
    context.close()
    assert unknown == [] and errors == []
    return {result["name"]: result for result in reported}


def test_the_page_runs_exactly_the_tests_the_files_hold(results):
    assert sorted(results) == sorted(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_js(results, name):
    result = results[name]
    assert result["ok"], result["message"]
