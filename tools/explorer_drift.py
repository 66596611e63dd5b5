"""How far the explorer's numbers drift from NumPy's when it computes iterations forward.

The explorer's data keeps the weights at some iterations only (nn11site/explorer/data.py's
`kept_iterations`); docs/javascripts/training-run.js computes every other iteration forward from
the kept one before it, in JavaScript's float64 arithmetic, which may differ from NumPy's in
the last bits (Math.exp, the order of BLAS's sums) and could grow as it steps. This runs the
page's own code (`trainingRun` from training-run.js, in headless Chromium) at every iteration of
the three programs and compares each number an iteration shows with NumPy's:

    .venv/bin/python tools/explorer_drift.py

It prints, per program, the farthest any iteration lies from its kept one, the largest
relative difference from NumPy, and how many numbers would show differently at the 4
significant digits the explorer writes (that must be 0; if it is not, keep more iterations).
Takes about half a minute.
"""
import base64
import json

import numpy as np
from playwright.sync_api import sync_playwright

from nn11site.chromium import FLAGS, find_chromium
from nn11site.explorer import data as explorer_data
from nn11site.explorer import runs
from nn11site.explorer.data import PROGRAMS, shown
from nn11site.paths import ROOT
from nn11site.traces import trace

SCRIPT = ROOT / "docs" / "javascripts" / "training-run.js"

# every iteration's weights at its top and every array its lines compute, in this order,
# as one Float64Array, base64-encoded
IN_THE_PAGE = """async ([module, data, names]) => {
  const { trainingRun } = await import(module);
  const run = trainingRun(data);
  const weights = Object.keys(data.shapes);
  const out = [];
  for (let j = 0; j < data.total; j++) {
    const v = run.at(j);
    for (const w of weights) out.push(...v.top[w].a);
    for (const n of names) out.push(...v[n].a);
  }
  const bytes = new Uint8Array(new Float64Array(out).buffer);
  let text = "";
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}"""


def numpy_values(name, names):
    """The same numbers from one run of the listing, every iteration kept."""
    program = PROGRAMS[name]
    run = trace(program["path"])
    tops = run.before  # the top of iteration j, then after the loop
    rows = []
    for j in range(len(tops) - 1):
        row = [tops[j][w].ravel() for w in program["weights"]]
        # what iteration j computed is what the next iteration's top still holds
        row += [np.atleast_2d(tops[j + 1][n]).astype(float).ravel() for n in names]
        rows.append(np.concatenate(row))
    return np.array(rows)


def differ_when_shown(a, b):
    """How many of the numbers would be written differently by `shown` (4 digits)."""
    rough = np.flatnonzero(a != b)
    return sum(shown(float(x)) != shown(float(y)) for x, y in zip(a[rough], b[rough], strict=True))


def main():
    found = find_chromium()
    if found is None:
        raise SystemExit("no Chromium (see nn11site/chromium.py)")
    recorded = runs.record_all()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=found[0], headless=True, args=FLAGS)
        page = browser.new_page()
        page.set_content("<!doctype html><title>drift</title>")
        # the module itself, as a data: URL (it imports nothing)
        module = "data:text/javascript;base64," + base64.b64encode(SCRIPT.read_bytes()).decode()
        for name in PROGRAMS:
            data = json.loads(explorer_data.data_json(recorded[name]))
            names = [s["name"] for s in explorer_data.steps(PROGRAMS[name]["path"])
                     if s["kind"] == "array"]
            got = np.frombuffer(base64.b64decode(page.evaluate(IN_THE_PAGE, [module, data, names])))
            want = numpy_values(name, names)
            got = got.reshape(want.shape)
            kept = data["iterations"]
            ends = [*kept[1:], data["total"]]
            farthest = max(end - 1 - j for j, end in zip(kept, ends, strict=True))
            scale = np.maximum(np.abs(want), np.finfo(float).tiny)
            relative = float(np.max(np.abs(got - want) / scale))
            print(f"{name}: {data['total']:,} iterations, {len(kept)} kept, farthest "
                  f"{farthest:,} from a kept one; largest relative difference {relative:.1e}; "
                  f"numbers shown differently: {differ_when_shown(got.ravel(), want.ravel())}")
        browser.close()


if __name__ == "__main__":
    main()
