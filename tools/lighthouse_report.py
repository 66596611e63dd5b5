"""Lighthouse on every page of the built site, mobile and desktop: a benchmark, not a test.

    .venv/bin/python tools/lighthouse_report.py [--runs 5] [--pages part1/ ...] [--save DIR]

Builds the site (`mkdocs build --strict`), serves it on 127.0.0.1 gzipped as GitHub Pages
serves it, and runs the pinned Lighthouse (node_modules/.bin/lighthouse: a contributor tool,
so it needs `npm ci`, unlike the tests) on each page with the Chromium that nn11site/chromium.py
finds ($NN11_CHROMIUM, /usr/bin/chromium, `chromium` on PATH, then Playwright's). Each page is
measured five times by default (--runs): performance varies from run to run, the more so on a
busy machine, and a margin that noise erases is no margin. Prints the median of performance,
accessibility, best practices and SEO, the bytes each page transfers, and the spread of
performance and Total Blocking Time (min/median/max). Below the table: where the main thread's
time went on load (Lighthouse's main-thread breakdown and its long tasks, from the median
run), and every audit that cost a page points. --save keeps every run's JSON report.

Targets: on mobile, every page's median performance >= 95 and its worst run >= 90; 100 for
the other three categories everywhere. The exit status is 1 when a page misses one, so the
command can gate a release.
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


WORST_RUN = 90  # mobile performance: the lowest any single run may score


def target(category, form_factor):
    return 95 if category == "performance" and form_factor == "mobile" else 100


def lighthouse(url, form_factor, chromium, save=None, run=1):
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
        (Path(save) / f"{name}-{form_factor}-{run}.json").write_text(done.stdout)
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
            "cls": audits["cumulative-layout-shift"]["numericValue"], "costs": costs,
            "main_thread": main_thread(audits)}


def main_thread(audits):
    """Where the main thread's time went on load: Lighthouse's breakdown by kind of work, and
    its long tasks with the script each is attributed to (times at Lighthouse's throttling)."""
    kinds = audits["mainthread-work-breakdown"].get("details", {}).get("items", [])
    tasks = audits.get("long-tasks", {}).get("details", {}).get("items", [])
    return {"kinds": [(k["groupLabel"], k["duration"]) for k in kinds],
            "long_tasks": [(re.sub(r"^https?://[^/]+", "", t["url"]) or t["url"], t["duration"])
                           for t in tasks]}


def spread(values):
    """min, median and max, for the table's spread columns"""
    return min(values), statistics.median(values), max(values)


def median_of(runs):
    scores = {c: round(statistics.median(r["scores"][c] for r in runs)) for c in CATEGORIES}
    costs = {}
    for r in runs:
        costs.update(r["costs"])
    by_performance = sorted(runs, key=lambda r: r["scores"]["performance"])
    return {"scores": scores, "bytes": statistics.median(r["bytes"] for r in runs),
            "lcp": statistics.median(r["lcp"] for r in runs),
            "tbt": statistics.median(r["tbt"] for r in runs),
            "cls": statistics.median(r["cls"] for r in runs), "costs": costs,
            "perf_spread": spread([r["scores"]["performance"] for r in runs]),
            "tbt_spread": spread([r["tbt"] for r in runs]),
            "main_thread": by_performance[len(runs) // 2]["main_thread"]}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5,
                        help="runs per page and form factor (median and spread; default 5)")
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
                runs = [summary(lighthouse(base + page, form_factor, chromium, args.save, run))
                        for run in range(1, args.runs + 1)]
                results[page, form_factor] = median_of(runs)
        server.stop()

    version = subprocess.run([str(LIGHTHOUSE), "--version"], capture_output=True, text=True).stdout.strip()
    print(f"\nLighthouse {version}, {Path(chromium).name}, {args.runs} run(s) each "
          f"(median, and min/median/max for the spread); served gzipped from 127.0.0.1\n")
    header = f"{'page':<16}{'form':<9}{'perf':>5}{'a11y':>6}{'best':>6}{'seo':>5}" \
             f"{'KiB':>8}{'LCP ms':>8}{'TBT ms':>8}{'CLS':>7}  {'perf spread':<13}TBT spread (ms)"
    print(header)
    print("-" * len(header))
    missed = []
    for (page, form_factor), r in results.items():
        s = r["scores"]
        perf = "/".join(f"{v:.0f}" for v in r["perf_spread"])
        tbt = "/".join(f"{v:.0f}" for v in r["tbt_spread"])
        print(f"{'/' + page:<16}{form_factor:<9}{s['performance']:>5}{s['accessibility']:>6}"
              f"{s['best-practices']:>6}{s['seo']:>5}{r['bytes'] / 1024:>8.0f}{r['lcp']:>8.0f}"
              f"{r['tbt']:>8.0f}{r['cls']:>7.3f}  {perf:<13}{tbt}")
        for category in CATEGORIES:
            if s[category] < target(category, form_factor):
                missed.append((page, form_factor, category, s[category]))
        worst = r["perf_spread"][0]
        if form_factor == "mobile" and worst < WORST_RUN:
            missed.append((page, form_factor, "performance (worst run)", worst))
    print("\nMain thread on load (the median run; ms at Lighthouse's throttling):")
    for (page, form_factor), r in results.items():
        kinds = ", ".join(f"{label} {ms:.0f}" for label, ms in r["main_thread"]["kinds"] if ms >= 50)
        tasks = ", ".join(f"{url} {ms:.0f}" for url, ms in r["main_thread"]["long_tasks"][:5])
        print(f"  /{page} ({form_factor}): {kinds}")
        print(f"    long tasks: {tasks or 'none'}")
    costs = {(page, ff): r["costs"] for (page, ff), r in results.items() if r["costs"]}
    if costs:
        print("\nAudits that cost points:")
        for (page, form_factor), found in costs.items():
            print(f"  /{page} ({form_factor})")
            for line in found.values():
                print(f"    {line}")
    if missed:
        print("\nBelow target: " + "; ".join(
            f"/{p} {ff} {c} {v} (target {WORST_RUN if 'worst' in c else target(c, ff)})"
            for p, ff, c, v in missed))
        return 1
    print(f"\nEvery page meets the targets: on mobile, performance >= 95 (median) and >= "
          f"{WORST_RUN} (every run); 100 for the rest.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
