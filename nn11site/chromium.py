"""Which Chromium the browser tests and the Lighthouse report drive, and with which flags.

No browser is ever downloaded here. The first Chromium found is used: $NN11_CHROMIUM, then
/usr/bin/chromium (Debian's, which .ci/run installs), then `chromium` on PATH, then the one
`playwright install chromium` put in Playwright's cache (GitHub CI). NN11_CHROMIUM=none finds
none, to see the suite as a machine without Chromium sees it (.ci/run checks that path too).
"""
import os
import shutil
from pathlib import Path

# headless as root on a machine with a closed network: without the background-networking
# flags Chromium keeps trying (and failing) to reach Google's hosts
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run"]


def find_chromium():
    """(path, how it was found) of the first Chromium in the documented order, or None."""
    if os.environ.get("NN11_CHROMIUM") == "none":
        return None
    candidates = []
    if os.environ.get("NN11_CHROMIUM"):
        candidates.append((os.environ["NN11_CHROMIUM"], "$NN11_CHROMIUM"))
    candidates.append(("/usr/bin/chromium", "Debian's package"))
    if shutil.which("chromium"):
        candidates.append((shutil.which("chromium"), "chromium on PATH"))
    for path, how in candidates:
        if Path(path).is_file() and os.access(path, os.X_OK):
            return path, how
    try:
        from playwright.sync_api import sync_playwright
        with sync_playwright() as p:
            path = p.chromium.executable_path
    except Exception:  # noqa: BLE001 - no Playwright driver: no browser either
        return None
    return (path, "Playwright's installed Chromium") if Path(path).is_file() else None
