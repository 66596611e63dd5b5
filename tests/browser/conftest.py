"""The built site in a real, headless Chromium, served from 127.0.0.1 (see browsing.py for
which Chromium, and why none is ever downloaded)."""
import os

import pytest
from browsing import DESKTOP, Tab, Watched, load
from running import PinnedCdn, bar, edit_to, wait_until_ended

from nn11site.chromium import FLAGS, find_chromium
from nn11site.paths import SCREENSHOTS
from nn11site.site import Server


@pytest.fixture(scope="session")
def browser():
    found = find_chromium()
    if found is None and os.environ.get("NN11_REQUIRE_BROWSER"):
        # CI installs a Chromium on purpose: there a missing one is a broken set-up, and a
        # quiet skip would leave every browser check green without running it
        pytest.fail("NN11_REQUIRE_BROWSER is set but no Chromium was found")
    if found is None:
        pytest.skip("no Chromium: set NN11_CHROMIUM, install Debian's chromium (.ci/run does), "
                    "or run `python -m playwright install chromium`; nothing is downloaded here")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=found[0], headless=True, args=FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def site_url(built_site, site_server):
    """The built site, served from 127.0.0.1 for the rest of the session."""
    site_server.start(built_site)
    return site_server.url


@pytest.fixture(scope="session")
def pinned_core(pyodide_package):
    """(folder, address): node_modules/pyodide, served from 127.0.0.1 as jsDelivr serves it."""
    server = Server(cors=True)
    server.start(pyodide_package)
    yield pyodide_package, server.url
    server.stop()


@pytest.fixture(scope="session")
def screenshots():
    SCREENSHOTS.mkdir(exist_ok=True)
    return SCREENSHOTS


@pytest.fixture
def watched(browser):
    """Make contexts with `watched(viewport=..., color_scheme=...)`; closed after the test."""
    made = []

    def make(**options):
        options.setdefault("viewport", DESKTOP)
        made.append(Watched(browser, **options))
        return made[-1]
    yield make
    for context in made:
        context.close()


@pytest.fixture(scope="session")
def tab(browser):
    """tab(viewport=..., color_scheme=...): the worker's Tab for that way of looking at pages,
    made on first use. Tests that only look at a page share it; a test that changes what its
    context keeps (permissions, routes, history it walks back through) makes its own."""
    tabs = {}

    def get(**context_options):
        context_options.setdefault("viewport", DESKTOP)
        key = repr(sorted(context_options.items()))
        if key not in tabs:
            tabs[key] = Tab(browser, **context_options)
        return tabs[key]
    yield get
    for made in tabs.values():
        made.watched.close()


@pytest.fixture
def open_page(watched, site_url, pinned_core):
    """open_page(path, **context_options) -> (watched, page, cdn) for Run and Edit: the pinned
    addresses are answered (running.PinnedCdn) only from the moment the test has checked that
    loading the page asked for nothing elsewhere."""
    def make(path, **options):
        return open_for_running(watched(**options), site_url + path, pinned_core)
    return make


@pytest.fixture(scope="module")
def python_page(browser, site_url, pinned_core):
    """(watched, page, cdn) on the questions page, Python started by a first Run: for the
    tests of one module whose runs need no fresh Python, each editing and running block 0
    (the module keeps them on one worker, worker_groups.one_worker)."""
    watched = Watched(browser, viewport=DESKTOP)
    opened = open_for_running(watched, site_url + "questions/", pinned_core)
    page = opened[1]
    edit_to(page, 0, 'print("started")\n')
    bar(page, 0).get_by_role("button", name="Run").click()
    assert wait_until_ended(page, 0).startswith("Done")
    yield opened
    watched.close()


def open_for_running(watched, url, pinned_core):
    page = watched.new_page()
    load(page, url)
    page.wait_for_load_state("networkidle")  # every request the load makes has been made
    assert watched.foreign == [], f"{url} asked another host before any click"
    return watched, page, PinnedCdn(watched.context, *pinned_core)
