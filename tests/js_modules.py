"""The site's ES modules and what each imports, read from their `import ... from "./x.js"`
lines: the files a browser fetches once it has a module (import() calls are left out: they
load on demand, later)."""
import re

from nn11site.paths import ROOT

JAVASCRIPTS = ROOT / "docs" / "javascripts"
STATIC_IMPORT = re.compile(r'^import\s[^"\';]*?from\s*"\./([\w.-]+\.js)";', re.M)


def module_graph(entry, folder=JAVASCRIPTS):
    """`entry` (a file name in `folder`) and every module it imports, directly or not,
    entry first."""
    found = [entry]
    for name in found:
        for imported in STATIC_IMPORT.findall((folder / name).read_text(encoding="utf-8")):
            if imported not in found:
                found.append(imported)
    return found
