"""How long the things a contributor waits for take: a benchmark that prints figures, not a test.

    .venv/bin/python tools/benchmark.py            # builds and a prose edit under serve
    .venv/bin/python tools/benchmark.py --suite    # and the test suite: fast loop, then whole

Targets (issue 19, for this 2-core machine; TARGETS below, printed beside each figure): a
warm build, a prose edit under serve, the contributor's loop (`pytest -m "not browser and not
slow"`) and the whole suite, Chromium present. Wall-clock figures depend on what else the
machine is doing: run it on a quiet machine, and read the spread.
"""
import argparse
import collections
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

from nn11site.paths import DOCS, ROOT
from nn11site.site import Server, build

# seconds, at most (issue 19)
TARGETS = {"warm build": 2, "prose edit": 1.5, "not browser and not slow": 30, "whole suite": 120}

# the page a prose edit is made on, and the paragraph appended to it (then taken away)
EDITED = DOCS / "next-steps.md"


def timed(action):
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def builds(runs):
    with tempfile.TemporaryDirectory() as site:
        url = "http://127.0.0.1:8000/"
        cold = [timed(lambda: build(site, url, {"NN11_FRESH_BUILD": "1"})) for _ in range(runs)]
        build(site, url)  # fills the cache
        warm = [timed(lambda: build(site, url)) for _ in range(runs)]
    return cold, warm


def served(url, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                return response.read().decode("utf-8")
        except OSError:
            time.sleep(0.05)
    raise TimeoutError(url)


def serve_reloads(runs):
    """Seconds from saving a prose edit to the served page showing it, `runs` times."""
    probe = Server()  # a free port, released at once for mkdocs to take
    port = probe.server_address[1]
    probe.stop()
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    page = f"http://127.0.0.1:{port}/next-steps/"
    original = EDITED.read_text(encoding="utf-8")
    times = []
    try:
        served(page, timeout=120)
        for run in range(runs):
            marker = f"benchmark-edit-{run}-{time.time_ns()}"
            start = time.perf_counter()
            EDITED.write_text(original + f"\n{marker}\n", encoding="utf-8")
            while marker not in served(page):
                time.sleep(0.05)
            times.append(time.perf_counter() - start)
            EDITED.write_text(original, encoding="utf-8")
            time.sleep(1.5)  # let the rebuild that takes the edit away finish
    finally:
        EDITED.write_text(original, encoding="utf-8")
        server.terminate()
        server.wait(timeout=30)
    return times


def suite(marker):
    """Wall seconds of a pytest run, and the seconds its tests took by top folder."""
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--durations=0"]
    if marker:
        command += ["-m", marker]
    start = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    folders = collections.Counter()
    for line in done.stdout.splitlines():
        m = re.match(r"([\d.]+)s (?:setup|call|teardown)\s+(\S+)", line)
        if m:
            path = m[2].split("::")[0]
            folders[path.rsplit("/", 1)[0] if "/" in path else path] += float(m[1])
    return wall, done.stdout.strip().splitlines()[-1], folders


def spread(values):
    return (f"median {statistics.median(values):5.2f} s  (min {min(values):.2f}, "
            f"max {max(values):.2f}, {len(values)} runs)")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--suite", action="store_true", help="also time the test suite")
    args = parser.parse_args()
    cold, warm = builds(args.runs)
    print(f"mkdocs build --strict, from scratch   {spread(cold)}")
    print(f"mkdocs build --strict, cache warm     {spread(warm)}   target <= {TARGETS['warm build']} s")
    print(f"prose edit -> served under serve      {spread(serve_reloads(args.runs))}   "
          f"target <= {TARGETS['prose edit']} s")
    if args.suite:
        for marker, target in (("not browser and not slow", TARGETS["not browser and not slow"]),
                               ("", TARGETS["whole suite"])):
            wall, summary, folders = suite(marker)
            label = f'pytest -m "{marker}"' if marker else "pytest (whole suite)"
            print(f"\n{label:<37}{wall:6.1f} s   target <= {target} s   [{summary}]")
            for folder, seconds in folders.most_common():
                print(f"    {folder:<33}{seconds:6.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
