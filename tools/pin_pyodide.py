"""Write docs/javascripts/pyodide-pin.js from the Pyodide npm package that package.json pins.

Run and Edit loads Pyodide from jsDelivr, which mirrors the npm package byte for byte. The
browser checks each core file it fetches against the SHA-256 of the same file in
node_modules/pyodide (run-worker.js, before Pyodide uses it), so the files the tests run here
are the files a reader runs. After changing the version in package.json and running `npm install`:

    .venv/bin/python tools/pin_pyodide.py

tests/site/test_run_and_edit_files.py checks that the pin is current.
"""
import base64
import hashlib
import json
import sys

from nn11site.paths import DOCS, NODE_MODULES, ROOT

PACKAGE = NODE_MODULES / "pyodide"
PIN = DOCS / "javascripts" / "pyodide-pin.js"
# what loadPyodide fetches from its indexURL before any Python runs, each checked in the browser
CORE_FILES = ["pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip",
              "pyodide-lock.json"]


def integrity(path):
    return "sha256-" + base64.b64encode(hashlib.sha256(path.read_bytes()).digest()).decode()


def pin_text():
    version = json.loads((PACKAGE / "package.json").read_text())["version"]
    pinned = json.loads((ROOT / "package.json").read_text())["devDependencies"]["pyodide"]
    if version != pinned:
        raise SystemExit(f"node_modules has pyodide {version}, package.json pins {pinned}: run npm ci")
    hashes = {name: integrity(PACKAGE / name) for name in CORE_FILES}
    core_bytes = sum((PACKAGE / name).stat().st_size for name in CORE_FILES)
    lines = [
        "// Written by tools/pin_pyodide.py from node_modules/pyodide (package.json pins the",
        "// version); tests/site/test_run_and_edit_files.py checks that it is current.",
        f'export const VERSION = "{version}";',
        "// the npm package, mirrored by jsDelivr: the interpreter's core",
        f'export const CORE_URL = "https://cdn.jsdelivr.net/npm/pyodide@{version}/";',
        "// the release: the wheels (NumPy), where Pyodide's own CDN default points",
        f'export const PACKAGES_URL = "https://cdn.jsdelivr.net/pyodide/v{version}/full/";',
        "// what the core weighs, uncompressed, to tell the reader before the first download",
        f"export const CORE_BYTES = {core_bytes};",
        "// the SHA-256 of each core file in the npm package, checked by run-worker.js before use",
        "export const INTEGRITY = {",
        *[f'  "{name}": "{value}",' for name, value in hashes.items()],
        "};",
    ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    if not PACKAGE.is_dir():
        sys.exit("no node_modules/pyodide: run `npm ci` first")
    PIN.write_text(pin_text(), encoding="utf-8")
    print(f"wrote {PIN.relative_to(ROOT)}")
