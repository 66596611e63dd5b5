"""Where things are in this repository. Every other module takes its paths from here."""
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
LISTINGS_DIR = DOCS / "listings"
NODE_MODULES = ROOT / "node_modules"   # `npm ci`: contributor tools only, never needed by the tests' core
SCREENSHOTS = ROOT / "screenshots"     # git-ignored: browser tests leave pictures here for a person
CACHE = ROOT / ".cache"                # git-ignored: build results reused under a content key
