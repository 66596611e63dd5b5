"""What the Run and Edit browser tests share: the pinned core served from the npm package,
one of its files failed on purpose, and the parts of a block a test reads.

Nothing can be fetched from jsDelivr here, so requests for the pinned core address are
intercepted and sent on to node_modules/pyodide's files, served from 127.0.0.1 (the bytes
jsDelivr mirrors, which the page checks against their pinned SHA-256), and requests for wheels
at the release address fail as they would offline: NumPy blocks then end in the clear failure
message.
"""
import re

from js_modules import JAVASCRIPTS

from nn11site.site import content_type

PIN = (JAVASCRIPTS / "pyodide-pin.js").read_text(encoding="utf-8")
CORE_URL = re.search(r'CORE_URL = "([^"]+)"', PIN).group(1)
PACKAGES_URL = re.search(r'PACKAGES_URL = "([^"]+)"', PIN).group(1)
# Python's first start on a page, slow on a busy machine
FIRST_RUN_TIMEOUT = 120_000
ENDED = ("Done", "Python stopped", "Stopped", "could not", "did not run")


class PinnedCdn:
    """Answers the pinned core address from node_modules/pyodide (redirected to `served_at`
    where one is given, else passed through interception) and fails the release
    address (wheels), recording both. Routes added after Watched's take precedence, so any
    other host is still refused and recorded as foreign. `failing` names core files to fail,
    each with how: an abort reason ("connectionreset", ...), "404", or "hang" (no answer)."""

    def __init__(self, context, package, served_at):
        self.package = package
        self.served_at = served_at
        self.requests = []
        self.failing = {}
        self.hanging = []
        context.route(CORE_URL + "**", self._core)
        context.route(PACKAGES_URL + "**", self._packages)

    def _core(self, route):
        self.requests.append(route.request.url)
        name = route.request.url[len(CORE_URL):]
        path = self.package / name
        how = self.failing.get(name)
        if how == "hang":
            # unanswered until `restore()`: the request stays pending while the page gives up
            self.hanging.append(route)
            return
        if how == "404" or "/" in name or not path.is_file():
            route.fulfill(status=404)
        elif how:
            route.abort(how)
        elif self.served_at:
            # redirected to a local server, which sends the file itself: a core boots about a
            # second sooner than when its 14 MB pass through Playwright's interception
            route.fulfill(status=302, headers={"location": self.served_at + name,
                                               "access-control-allow-origin": "*"})
        else:
            route.fulfill(path=path, headers={"access-control-allow-origin": "*",
                                              "content-type": content_type(path)})

    def restore(self):
        """The network is back: nothing fails, and a request left hanging ends (reset, as a
        stalled connection in the end is; while it hangs, Chromium holds a second request
        for the same address back)."""
        self.failing.clear()
        for route in self.hanging:
            route.abort("connectionreset")
        self.hanging.clear()

    def _packages(self, route):
        self.requests.append(route.request.url)
        route.abort("internetdisconnected")


def block(page, index):
    return page.locator(".highlight[data-run]").nth(index)


def bar(page, index):
    return page.locator(".nn11-run").nth(index)


def output(page, index):
    return bar(page, index).locator("xpath=following-sibling::div[contains(@class, 'nn11-run-output')][1]")


def status(page, index):
    return output(page, index).locator("xpath=p[contains(@class, 'status')]")


def printed(page, index):
    return output(page, index).locator("xpath=pre[contains(@class, 'printed')]/code")


def editor(page, index):
    return page.locator(".nn11-run-editor").nth(index)


def wait_until_ended(page, index, timeout=FIRST_RUN_TIMEOUT):
    status(page, index).wait_for(state="attached")
    page.wait_for_function(
        "([el, ended]) => ended.some(word => el.textContent.includes(word))",
        arg=[status(page, index).element_handle(), list(ENDED)], timeout=timeout)
    return status(page, index).text_content()


def start_endless_loop(page, index):
    """Run block `index` as a loop that never ends, once Python is surely in it (the line
    before the loop has been printed)."""
    edit_to(page, index, 'print("looping")\nwhile True:\n    pass\n')
    bar(page, index).get_by_role("button", name="Run").click()
    page.wait_for_function("el => el.textContent.includes('looping')",
                           arg=printed(page, index).element_handle(), timeout=FIRST_RUN_TIMEOUT)


def edit_to(page, index, code):
    """Edit block `index` (the editor takes the focus) and type `code` in place of its code;
    a block already being edited is reset first, which also takes its last run's output away
    (so that what a test waits for next is the next run's)."""
    reset = bar(page, index).get_by_role("button", name="Reset")
    if reset.count():
        reset.click()
    bar(page, index).get_by_role("button", name="Edit").click()
    page.wait_for_function("el => el.hidden", arg=block(page, index).element_handle())
    page.locator(".nn11-run-editor:focus").fill(code)


def only_pinned(cdn, browser):
    assert browser.foreign == [], "a request to another host"
    assert cdn.requests, "nothing was fetched from the pinned addresses"
    assert all(url.startswith((CORE_URL, PACKAGES_URL)) for url in cdn.requests), cdn.requests


def unexpected_errors(browser):
    """The page's errors but the browser's own line for a request that failed on purpose."""
    return [e for e in browser.errors if "Failed to load resource" not in e]
