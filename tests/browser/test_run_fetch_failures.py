"""When one file of Python's core cannot be fetched, Run says so and keeps saying so.

The reader is told that Python could not be fetched from the pinned address (never
"Stopped", which is what Stop says), within a bounded time whichever file failed and
however, with nothing uncaught in the console; and Run works once the file comes back.
"""
import re
import time

import pytest
from js_modules import JAVASCRIPTS
from running import CORE_URL, bar, edit_to, printed, status, unexpected_errors, wait_until_ended

pytestmark = pytest.mark.node

COULD_NOT = f"could not be fetched from {CORE_URL}"
# how long the reader may wait for that message: a file that sends nothing at all is given
# up on after run-worker.js's STALL_MS without a byte
BOUND = 30_000
WORKER = JAVASCRIPTS / "run-worker.js"
STALL_LINE = re.compile(r"const STALL_MS = (\d+);")
# the stall the hanging file's test waits for: waiting out the real one on every run of the
# suite would prove no more than the constant's check below
TEST_STALL_MS = 3000


def shorten_the_stall(context, cdn):
    """Serve run-worker.js with TEST_STALL_MS; returns the function that undoes it. A worker
    whose script was answered by interception is refused the redirect to another origin that
    PinnedCdn otherwise answers with, so meanwhile the core passes through interception too."""
    served_at, cdn.served_at = cdn.served_at, None

    def serve(route):
        response = route.fetch()
        script = response.text()
        assert STALL_LINE.search(script), "run-worker.js no longer says how long a stall is"
        route.fulfill(status=200, content_type="text/javascript",
                      body=STALL_LINE.sub(f"const STALL_MS = {TEST_STALL_MS};", script))
    context.route("**/javascripts/run-worker.js", serve)

    def undo():
        context.unroute("**/javascripts/run-worker.js", serve)
        cdn.served_at = served_at
    return undo


def test_the_stall_after_which_a_silent_file_is_given_up_on_fits_the_bound():
    assert int(STALL_LINE.search(WORKER.read_text(encoding="utf-8")).group(1)) < BOUND


@pytest.mark.parametrize(("name", "how"), [
    ("pyodide.mjs", "404"),
    ("pyodide.asm.mjs", "connectionreset"),
    ("pyodide-lock.json", "404"),
    ("python_stdlib.zip", "failed"),
    ("pyodide.asm.wasm", "connectionreset"),
    ("pyodide.asm.wasm", "hang"),
])
def test_a_core_file_that_fails_ends_in_could_not_be_fetched_and_stays_so(open_page, name, how):
    browser, page, cdn = open_page("questions/")
    # the next worker, started after the network is back, gets the real stall
    real_stall = shorten_the_stall(browser.context, cdn) if how == "hang" else (lambda: None)
    cdn.failing[name] = how
    edit_to(page, 0, 'print("back")\n')
    started = time.monotonic()
    bar(page, 0).get_by_role("button", name="Run").click()
    ended = wait_until_ended(page, 0, BOUND)
    took = time.monotonic() - started
    assert COULD_NOT in ended, ended
    assert any(url == CORE_URL + name for url in cdn.requests), "the failed file was asked for"
    # nothing overwrites the message afterwards (a failure is no Stop)
    page.wait_for_timeout(1_000)
    assert status(page, 0).text_content() == ended
    assert unexpected_errors(browser) == []
    print(f"{name} ({how}): the message after {took:.1f} s")

    # the network is back: the next Run fetches Python again and runs the block
    cdn.restore()
    real_stall()
    bar(page, 0).get_by_role("button", name="Run").click()
    assert wait_until_ended(page, 0).startswith("Done")
    assert printed(page, 0).text_content() == "back\n"
    assert unexpected_errors(browser) == []
