"""Build the site and serve it from 127.0.0.1: the one way the tests and the tools do both.

The site must be built for the address it is served at: Material's instant navigation only
takes over links that the sitemap (written with `site_url`) lists. So a server is bound
first, on a free port, and the build is told its address.
"""
import fcntl
import gzip
import http.server
import io
import mimetypes
import os
import re
import subprocess
import sys
import threading
from pathlib import Path
from xml.etree import ElementTree

from nn11site.paths import CACHE, ROOT

# what GitHub Pages compresses: serving these gzipped makes the transfer sizes Lighthouse
# reports the ones a reader of the published site pays
COMPRESSIBLE = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".map", ".ipynb"}


# not left to the machine's /etc/mime.types: a module script served as anything but JavaScript
# is refused by the browser, and a wasm as anything but wasm cannot be compiled as it arrives
TYPES = {".mjs": "text/javascript", ".js": "text/javascript", ".wasm": "application/wasm",
         ".json": "application/json", ".zip": "application/zip"}


def content_type(path):
    """The Content-Type the server sends for the file at `path`."""
    return TYPES.get(Path(path).suffix) or mimetypes.guess_type(str(path))[0] or "application/octet-stream"


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Static files from the server's folder, quietly; text gzipped when the server says so
    and the client asks for it; readable from any origin when it says `cors`."""

    def __init__(self, request, client_address, server):
        super().__init__(request, client_address, server, directory=server.directory)

    def guess_type(self, path):
        return content_type(path)

    def log_message(self, format, *args):
        pass

    def end_headers(self):
        if self.server.cors:
            self.send_header("Access-Control-Allow-Origin", "*")
        super().end_headers()

    def send_head(self):
        if not self.server.gzip:
            return super().send_head()
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if (path.suffix not in COMPRESSIBLE or not path.is_file()
                or "gzip" not in self.headers.get("Accept-Encoding", "")):
            return super().send_head()
        if path.suffix == ".html" and not self.path.split("?")[0].endswith(("/", ".html")):
            return super().send_head()  # the base class redirects /part1 to /part1/
        body = gzip.compress(path.read_bytes(), mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")  # GitHub Pages' own
        self.end_headers()
        return io.BytesIO(body)


class Server(http.server.ThreadingHTTPServer):
    """An HTTP server on a free port of 127.0.0.1, bound at once, serving nothing until
    `start(directory)`; `gzip=True` compresses text as GitHub Pages does, `cors=True` lets
    pages of any origin read what it serves (as a CDN does)."""

    daemon_threads = True

    def __init__(self, gzip=False, cors=False):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.gzip = gzip
        self.cors = cors
        self.directory = None

    @property
    def url(self):
        return f"http://127.0.0.1:{self.server_address[1]}/"

    def start(self, directory):
        self.directory = str(directory)
        threading.Thread(target=self.serve_forever, daemon=True).start()

    def stop(self):
        if self.directory is not None:
            self.shutdown()
        self.server_close()


def build(site_dir, site_url, env_extra=None):
    """`mkdocs build --strict` into `site_dir` for a site served at `site_url`. Returns the
    build's log; raises with it when the build fails.

    Builds of this checkout take turns (a lock in .cache/): two at once, as the test suite's
    workers may start, would make the same build-cache entries side by side."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SITE_URL=site_url, **(env_extra or {}))
    CACHE.mkdir(exist_ok=True)
    with open(CACHE / "build.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        done = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
            cwd=ROOT, capture_output=True, text=True, env=env, check=False, timeout=600)
    if done.returncode:
        raise RuntimeError(f"mkdocs build --strict failed:\n{done.stderr[-5000:]}")
    return done.stderr


def pages(site_dir):
    """Every page of a built site, as a path relative to its root ("" is the home page), in
    the sitemap's order."""
    root = ElementTree.parse(Path(site_dir) / "sitemap.xml").getroot()
    return [re.sub(r"^https?://[^/]+/", "", loc.text) for loc in root.iter()
            if loc.tag.endswith("loc")]
