"""Runs wait their turn, one at a time, and none outlives what the reader can see and stop.

Blocks that run together (the notebook page) run the blocks above them first; when one of
those does not finish, the block pressed says so and links to it. Leaving a page cancels
its queued and running work.
"""
import time

import pytest
from browsing import axe_violations, follow_tab
from running import CORE_URL, bar, block, edit_to, editor, printed, status, unexpected_errors, wait_until_ended

pytestmark = pytest.mark.node


def run_workers(page):
    """Run and Edit's workers alive in the page (Material's search has one of its own)."""
    return [worker for worker in page.workers if worker.url.endswith("/run-worker.js")]


def no_run_worker_within(page, seconds):
    deadline = time.monotonic() + seconds
    while run_workers(page) and time.monotonic() < deadline:
        page.wait_for_timeout(200)
    return run_workers(page) == []


# the first block fails at an error, or as it is (it imports NumPy, refused here as offline)
@pytest.mark.parametrize(("broken", "failure"), [("x = 1 / 0\n", "Python stopped at an error"),
                                                 (None, "NumPy could not be fetched")])
def test_a_block_whose_earlier_block_fails_says_so_with_a_link_and_runs_once_it_is_fixed(
        open_page, broken, failure):
    browser, page, cdn = open_page("notebook/")
    assert block(page, 1).get_attribute("data-run") == "together"
    if broken:
        edit_to(page, 0, broken)
    edit_to(page, 1, "print(x + 1)\n")
    bar(page, 1).get_by_role("button", name="Run").click()
    assert wait_until_ended(page, 0).startswith(failure)
    said = wait_until_ended(page, 1, 10_000)
    assert said.startswith("This block did not run"), said
    link = status(page, 1).locator("a")
    target = link.get_attribute("href")
    assert target.startswith("#") and page.locator(target).evaluate("el => el.matches('.highlight[data-run]')")
    assert page.locator(".highlight[data-run]").evaluate_all(
        "(els, id) => els.findIndex(el => el.id === id)", target[1:]) == 0, "the link leads to the block that failed"
    assert axe_violations(page, ".nn11-run-output") == []

    if broken:
        editor(page, 0).fill("x = 41\n")
    else:
        edit_to(page, 0, "x = 41\n")
    bar(page, 1).get_by_role("button", name="Run").click()
    assert wait_until_ended(page, 1, 30_000).startswith("Done")
    assert printed(page, 1).text_content() == "42\n"
    assert unexpected_errors(browser) == []


def test_leaving_a_page_cancels_its_queued_and_running_work(open_page, site_url):
    browser, page, cdn = open_page("questions/")
    edit_to(page, 0, 'print("looping")\nwhile True:\n    pass\n')
    edit_to(page, 1, 'print("queued")\n')
    bar(page, 0).get_by_role("button", name="Run").click()
    page.wait_for_function("el => el.textContent.includes('looping')",
                           arg=printed(page, 0).element_handle(), timeout=120_000)
    bar(page, 1).get_by_role("button", name="Run").click()
    assert status(page, 1).text_content().startswith("Waiting")
    assert len(run_workers(page)) == 1

    follow_tab(page, "Part 1", site_url + "part1/")
    # a worker ends a moment after it is told to; the queued block would start at once
    assert no_run_worker_within(page, 10), "no worker is left running work the reader cannot see"
    page.wait_for_timeout(1_000)
    assert run_workers(page) == [], "no work of the page left behind starts later"
    assert [url for url in cdn.requests if url.endswith("/pyodide.mjs")] == [CORE_URL + "pyodide.mjs"], \
        "Python is not fetched again for work of a page left behind"

    # the new page's own Run starts at once, with nothing ahead of it
    edit_to(page, 0, 'print("here")\n')
    bar(page, 0).get_by_role("button", name="Run").click()
    assert wait_until_ended(page, 0).startswith("Done")
    assert printed(page, 0).text_content() == "here\n"
    assert browser.errors == []
