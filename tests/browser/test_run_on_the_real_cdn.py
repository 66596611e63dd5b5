"""The real thing: every block that shows its output, run through the real Pyodide and NumPy
from jsDelivr, must print exactly that output.

It needs the network, which only GitHub's runners have: the `pyodide` job of
.github/workflows/tests.yml sets NN11_REAL_CDN=1, and there an unreachable CDN fails the test
instead of skipping it. Elsewhere it skips, saying so. The browser fetches from the two pinned
addresses only (any other host is refused and fails the test), exactly as a reader's would.

It also prints how long a reader waits from the first click to the first line of output:
cold (nothing cached) and warm (the same files from the browser's cache, a new worker).
"""
import os
import time
import urllib.request

import pytest
from browsing import NAV_PAGES, load, page_id
from bs4 import BeautifulSoup
from test_run_and_edit import CORE_URL, PACKAGES_URL, bar, printed, status, wait_until_ended
from worker_groups import one_worker

# its tests share a module fixture: one worker runs them all (worker_groups.py)
pytestmark = [pytest.mark.cdn, one_worker(__name__)]

SAME = "Done: the same output as the one shown above."
# part2.py and the eleven lines train for 60,000 iterations in WebAssembly
BLOCK_TIMEOUT = 300_000


@pytest.fixture(scope="module")
def real_cdn():
    if not os.environ.get("NN11_REAL_CDN"):
        pytest.skip("set NN11_REAL_CDN=1 to run every block through the real Pyodide from jsDelivr "
                    "(the `pyodide` job on GitHub does; it needs the network)")
    try:
        urllib.request.urlopen(CORE_URL + "pyodide.mjs", timeout=20).close()
        urllib.request.urlopen(PACKAGES_URL + "pyodide-lock.json", timeout=20).close()
    except OSError as error:
        pytest.fail(f"NN11_REAL_CDN is set but jsDelivr cannot be reached: {error}")


class PinnedOnly:
    """Lets requests to the two pinned addresses through, and records them."""

    def __init__(self, context):
        self.requests = []
        context.route(CORE_URL + "**", self._through)
        context.route(PACKAGES_URL + "**", self._through)

    def _through(self, route):
        self.requests.append(route.request.url)
        route.continue_()


def pages_with_outputs(built_site):
    found = []
    for path in NAV_PAGES:
        html = (built_site / path / "index.html").read_text(encoding="utf-8")
        soup = BeautifulSoup(html, "html.parser")
        indexes = [i for i, block in enumerate(soup.select("div.highlight[data-run]"))
                   if block.get("data-run-expected")]
        if indexes:
            found.append((path, indexes))
    return found


def first_output_seconds(page, index):
    started = time.monotonic()
    bar(page, index).get_by_role("button", name="Run").click()
    page.wait_for_function("el => el.textContent.length > 0", arg=printed(page, index).element_handle(),
                           timeout=BLOCK_TIMEOUT)
    took = time.monotonic() - started
    wait_until_ended(page, index, BLOCK_TIMEOUT)
    return took


def report(lines):
    print("\n" + "\n".join(lines))
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary:
        with open(summary, "a", encoding="utf-8") as out:
            out.write("\n".join(["### Run and Edit on the real CDN", ""] + [f"- {line}" for line in lines]) + "\n")


def test_first_click_to_first_output_cold_and_warm(real_cdn, watched, site_url):
    browser = watched()
    PinnedOnly(browser.context)
    page = browser.new_page()
    load(page, site_url + "part1/")
    cold = first_output_seconds(page, 0)
    load(page, site_url + "part1/")  # a full load: a new worker, the files from the cache
    warm = first_output_seconds(page, 0)
    report([f"first click to first line of output, cold (nothing cached): {cold:.1f} s",
            f"first click to first line of output, warm (browser cache, new worker): {warm:.1f} s"])
    assert browser.foreign == []


def test_every_block_prints_the_output_its_page_shows(real_cdn, watched, site_url, built_site):
    browser = watched()
    cdn = PinnedOnly(browser.context)
    page = browser.new_page()
    differences = []
    ran = 0
    for path, indexes in pages_with_outputs(built_site):
        load(page, site_url + path)
        for index in indexes:
            bar(page, index).get_by_role("button", name="Run").click()
            ended = wait_until_ended(page, index, BLOCK_TIMEOUT)
            ran += 1
            if ended != SAME:
                differences.append(f"{page_id(path)}, block {index + 1}: {ended}\n"
                                   f"{status(page, index).locator('xpath=..').inner_text()}")
    report([f"{ran} blocks run through Pyodide from {CORE_URL} and {PACKAGES_URL}",
            f"{len(set(cdn.requests))} files fetched from the pinned addresses"])
    assert ran >= 50
    assert differences == [], "\n\n".join(differences)
    assert browser.foreign == []
    assert all(url.startswith((CORE_URL, PACKAGES_URL)) for url in cdn.requests)
