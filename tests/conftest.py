"""What tests in every folder share: the built site, and the Node tools where they exist."""
import os
import shutil

import pytest

from nn11site.paths import NODE_MODULES
from nn11site.site import Server, build


def pytest_collection_modifyitems(items):
    # markers follow from what a test uses, so none can be forgotten:
    # `pytest -m "not browser"` is the fast loop; `pytest -m node` what needs `npm ci`
    for item in items:
        uses = getattr(item, "fixturenames", ())
        if "browser" in uses:
            item.add_marker(pytest.mark.browser)
        if "node_tools" in uses:
            item.add_marker(pytest.mark.node)


@pytest.fixture(scope="session")
def site_server():
    """The server the built site is served from (bound first: the build needs its address).
    The browser tests start it; for everything else it is an idle socket."""
    server = Server()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def built_site(tmp_path_factory, site_server):
    """The site as `mkdocs build --strict` writes it, for the address `site_server` serves."""
    site = tmp_path_factory.mktemp("site")
    build(site, site_server.url)
    return site


@pytest.fixture(scope="session")
def node_tools():
    """(node, node_modules) for the few tests that need a pinned Node tool (`npm ci`).

    The README's two commands install no Node tools, so there these tests skip, saying why.
    Where NN11_REQUIRE_NODE is set (.ci/run, after `npm ci`) a missing tool is a broken
    set-up, and the tests fail instead of skipping quietly.
    """
    node = shutil.which("node")
    missing = ("node is not installed" if node is None
               else None if NODE_MODULES.is_dir() else "node_modules is missing: run `npm ci`")
    if missing and os.environ.get("NN11_REQUIRE_NODE"):
        pytest.fail(f"NN11_REQUIRE_NODE is set but {missing}")
    if missing:
        pytest.skip(f"{missing} (this test needs a pinned Node tool; the README's set-up has none)")
    return node, NODE_MODULES


@pytest.fixture(scope="session")
def pyodide_package(node_tools):
    """node_modules/pyodide: the interpreter's core that Run and Edit fetches from jsDelivr,
    the same files at package.json's pin (the browser tests serve it in jsDelivr's place)."""
    package = node_tools[1] / "pyodide"
    if not (package / "pyodide.mjs").is_file():
        if os.environ.get("NN11_REQUIRE_NODE"):
            pytest.fail("NN11_REQUIRE_NODE is set but node_modules/pyodide is missing")
        pytest.skip("node_modules/pyodide is missing: run `npm ci` (package.json pins it)")
    return package
