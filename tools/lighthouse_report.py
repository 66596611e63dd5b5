"""Lighthouse on every page of the built site, mobile and desktop: a benchmark, not a test.

    .venv/bin/python tools/lighthouse_report.py [--runs 3] [--pages part1/ ...] [--save DIR]

Builds the site (`mkdocs build --strict`), serves it on 127.0.0.1 gzipped as GitHub Pages
serves it, and runs the pinned Lighthouse (node_modules/.bin/lighthouse: a contributor tool,
so it needs `npm ci`, unlike the tests) on each page with the Chromium that nn11site/chromium.py
finds ($NN11_CHROMIUM, /usr/bin/chromium, `chromium` on PATH, then Playwright's). Prints
performance, accessibility, best practices and SEO, and the bytes each page transfers;
with --runs N, each figure is the median of N runs (performance varies from run to run, the
more so on a busy machine). Below the table: every audit that cost a page points.

Targets: performance >= 95 on mobile for every page, 100 for the other three categories
everywhere. The exit status is 1 when a page misses one, so the command can gate a release.
"""
import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from nn11site.chromium import FLAGS, find_chromium
from nn11site.paths import NODE_MODULES, ROOT
from nn11site.site import Server, build, pages

LIGHTHOUSE = NODE_MODULES / ".bin" / "lighthouse"
CHROME_FLAGS = " ".join(FLAGS)
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
SHORT = {"performance": "perf", "accessibility": "a11y", "best-practices": "best", "seo": "seo"}


def target(category, form_factor):
    return 95 if category == "performance" and form_factor == "mobile" else 100


def lighthouse(url, form_factor, chromium, save=None):
    command = [str(LIGHTHOUSE), url, "--output=json", "--output-path=stdout", "--quiet",
               f"--chrome-flags={CHROME_FLAGS}",
               "--only-categories=" + ",".join(CATEGORIES)]
    if form_factor == "desktop":
        command.append("--preset=desktop")
    done = subprocess.run(command, env=dict(os.environ, CHROME_PATH=chromium),
                          capture_output=True, text=True, check=False, timeout=300)
    if done.returncode:
        raise RuntimeError(f"lighthouse failed on {url} ({form_factor}):\n{done.stderr[-2000:]}")
    report = json.loads(done.stdout)
    if save:
        name = (re.sub(r"^https?://[^/]+/", "", url).strip("/") or "home").replace("/", "-")
        (Path(save) / f"{name}-{form_factor}.json").write_text(done.stdout)
    return report


def summary(report):
    scores = {c: round(report["categories"][c]["score"] * 100) for c in CATEGORIES}
    audits = report["audits"]
    costs = {}
    for category in CATEGORIES:
        for ref in report["categories"][category]["auditRefs"]:
            audit = audits[ref["id"]]
            if ref["weight"] and audit["score"] is not None and audit["score"] < 1:
                value = audit.get("displayValue", "")
                costs[ref["id"]] = f"{SHORT[category]}: {audit['title']}" + (f" ({value})" if value else "")
    return {"scores": scores, "bytes": audits["total-byte-weight"]["numericValue"],
            "lcp": audits["largest-contentful-paint"]["numericValue"],
            "tbt": audits["total-blocking-time"]["numericValue"],
            "cls": audits["cumulative-layout-shift"]["numericValue"], "costs": costs}


def median_of(runs):
    scores = {c: round(statistics.median(r["scores"][c] for r in runs)) for c in CATEGORIES}
    costs = {}
    for r in runs:
        costs.update(r["costs"])
    return {"scores": scores, "bytes": statistics.median(r["bytes"] for r in runs),
            "lcp": statistics.median(r["lcp"] for r in runs),
            "tbt": statistics.median(r["tbt"] for r in runs),
            "cls": statistics.median(r["cls"] for r in runs), "costs": costs,
            "perf_runs": [r["scores"]["performance"] for r in runs]}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=1, help="runs per page and form factor (median)")
    parser.add_argument("--pages", nargs="*", help="paths as served, e.g. '' (home) part1/")
    parser.add_argument("--form-factors", nargs="*", default=["mobile", "desktop"])
    parser.add_argument("--save", help="a folder to keep every Lighthouse JSON report in")
    args = parser.parse_args()
    if not LIGHTHOUSE.exists():
        sys.exit(f"{LIGHTHOUSE.relative_to(ROOT)} is missing: run `npm ci` first")
    found = find_chromium()
    if found is None:
        sys.exit("no Chromium: set NN11_CHROMIUM or install Debian's chromium (.ci/run does)")
    chromium = found[0]
    if args.save:
        Path(args.save).mkdir(parents=True, exist_ok=True)

    with tempfile.TemporaryDirectory(prefix="nn11-lighthouse-") as tmp:
        server = Server(gzip=True)
        base = server.url
        print(f"building the site for {base} ...", file=sys.stderr)
        build(tmp, base)
        server.start(tmp)
        results = {}
        for page in args.pages if args.pages is not None else pages(tmp):
            for form_factor in args.form_factors:
                print(f"lighthouse {form_factor:7} /{page}", file=sys.stderr)
                runs = [summary(lighthouse(base + page, form_factor, chromium, args.save))
                        for _ in range(args.runs)]
                results[page, form_factor] = median_of(runs)
        server.stop()

    version = subprocess.run([str(LIGHTHOUSE), "--version"], capture_output=True, text=True).stdout.strip()
    print(f"\nLighthouse {version}, {Path(chromium).name}, {args.runs} run(s) each "
          f"(median); served gzipped from 127.0.0.1\n")
    header = f"{'page':<16}{'form':<9}{'perf':>5}{'a11y':>6}{'best':>6}{'seo':>5}" \
             f"{'KiB':>8}{'LCP ms':>8}{'TBT ms':>8}{'CLS':>7}  perf runs"
    print(header)
    print("-" * len(header))
    missed = []
    for (page, form_factor), r in results.items():
        s = r["scores"]
        print(f"{'/' + page:<16}{form_factor:<9}{s['performance']:>5}{s['accessibility']:>6}"
              f"{s['best-practices']:>6}{s['seo']:>5}{r['bytes'] / 1024:>8.0f}{r['lcp']:>8.0f}"
              f"{r['tbt']:>8.0f}{r['cls']:>7.3f}  {r['perf_runs']}")
        for category in CATEGORIES:
            if s[category] < target(category, form_factor):
                missed.append((page, form_factor, category, s[category]))
    costs = {(page, ff): r["costs"] for (page, ff), r in results.items() if r["costs"]}
    if costs:
        print("\nAudits that cost points:")
        for (page, form_factor), found in costs.items():
            print(f"  /{page} ({form_factor})")
            for line in found.values():
                print(f"    {line}")
    if missed:
        print("\nBelow target: " + "; ".join(
            f"/{p} {ff} {c} {v} (target {target(c, ff)})" for p, ff, c, v in missed))
        return 1
    print("\nEvery page meets the targets: performance >= 95 on mobile, 100 for the rest.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
