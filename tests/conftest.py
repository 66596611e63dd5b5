"""The built site, shared by every test that reads or browses it: built once per session."""
import pytest

from nn11site.site import Server, build


def pytest_collection_modifyitems(items):
    # `pytest -m "not browser"` is the fast loop: everything but the headless-Chromium tests
    for item in items:
        if "browser" in item.path.parent.parts[-1:]:
            item.add_marker(pytest.mark.browser)


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
