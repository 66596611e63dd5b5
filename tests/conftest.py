import http.server
import os
import subprocess
import sys
from pathlib import Path

import pytest

# the tests import their helpers (listings.py, readme.py, ...) by plain name
sys.path.insert(0, str(Path(__file__).resolve().parent))

from listings import ROOT  # noqa: E402


class _SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the directory the server was given once the site was built, quietly."""

    def __init__(self, request, client_address, server):
        super().__init__(request, client_address, server, directory=server.directory)

    def log_message(self, format, *args):
        pass


@pytest.fixture(scope="session")
def site_server():
    """A threaded HTTP server on 127.0.0.1 for the built site, bound before the build.

    Its port is chosen first because the build needs the site's address: Material's instant
    navigation only takes over links that the sitemap (written with site_url) lists. The
    browser tests start serving; for everything else it is an idle socket.
    """
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _SiteHandler)
    server.daemon_threads = True
    server.directory = None
    yield server
    server.server_close()


@pytest.fixture(scope="session")
def built_site(tmp_path_factory, site_server):
    """The site as `mkdocs build --strict` writes it, built once per test session, with
    site_url set to the address `site_server` serves it at."""
    site = tmp_path_factory.mktemp("site")
    port = site_server.server_address[1]
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SITE_URL=f"http://127.0.0.1:{port}/")
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=ROOT, capture_output=True, text=True, env=env, check=False, timeout=600)
    assert done.returncode == 0, done.stderr
    site_server.directory = str(site)
    return site


@pytest.fixture(scope="session")
def pyodide_package():
    """node_modules/pyodide, the interpreter's core that Run and Edit fetches from jsDelivr
    (`npm ci` installs it at package.json's pin). Tests that use it are marked `node`."""
    package = ROOT / "node_modules" / "pyodide"
    if not (package / "pyodide.mjs").is_file():
        if os.environ.get("NN11_REQUIRE_NODE"):
            # .ci/run and the suite job ran `npm ci`: a missing package is a broken set-up
            pytest.fail("NN11_REQUIRE_NODE is set but node_modules/pyodide is missing")
        pytest.skip("node_modules/pyodide is missing: run `npm ci` (package.json pins it)")
    return package
