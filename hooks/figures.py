"""MkDocs hook: puts the site's figures, drawn at build time from runs of the real listings,
into the pages that ask for them.

Nothing here is committed as an image. hooks/figure_drawings.py draws each figure from what
the listings computed and writes its description from the same numbers; hooks/figure_svg.py
makes the SVG compact and themeable. A page asks for a figure with an image whose alt text is
empty:

    ![](figures/sigmoid.svg)

This hook adds figures/*.svg to the site (so the link is valid, and the file can be opened on
its own) and replaces the image by the SVG itself, inline, inside a <figure> with the
generated description (aria-label and <title>) and a short caption. Inline, the figure takes
the page's font and the colours docs/stylesheets/nn11.css sets for the reader's scheme.

The drawn figures are kept between builds (nn11site.build_cache) under a key made of every
file that can change them (the listings, the drawing and SVG code, the trace runner, the
style sheet) and the versions of NumPy and matplotlib: a prose edit does not redraw them.
"""
import contextlib
import dataclasses
import json
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from nn11site import build_cache, generated_files
from nn11site.listings import LISTINGS
from nn11site.paths import DOCS, ROOT

# MkDocs puts this folder on sys.path only while it imports the hook: import siblings now
from figure_drawings import DRAWINGS, build
from figure_svg import Figure

FOLDER = "figures"

# Drawing takes about two seconds, most of it Part 2's 60,000 iterations. It runs in a thread
# started when the files are collected, while MkDocs renders the pages (and mkdocs-jupyter
# waits for the notebook's kernel); a page that shows a figure, and the writing of the files,
# wait for it. An exception in the thread fails the build where it is awaited.

IMAGE = re.compile(r'(?:<p>\s*)?<img alt="" src="(?:\.\./)*' + FOLDER
                   + r'/(?P<name>[\w-]+)\.svg"\s*/?>(?:\s*</p>)?')
_drawing = {}


def _figures():
    return _drawing["future"].result()


# everything a figure is made from: change any of these and every figure is drawn again
DRAWN_FROM = [
    *(listing.path for listing in LISTINGS.values()),
    *sorted((ROOT / "hooks").glob("figure_*.py")),  # the drawings and the SVG work
    ROOT / "nn11site" / "traces.py", ROOT / "nn11site" / "listings.py",
    DOCS / "stylesheets" / "nn11.css",
]
DRAWN_WITH = ["numpy", "matplotlib"]


def _draw():
    # matplotlib checks sys.modules for IPython each time it makes a figure, and fails on a
    # module half imported, as IPython is while mkdocs-jupyter imports it in the main
    # thread. An import statement waits for another thread's import of the same module.
    with contextlib.suppress(ImportError):
        import IPython  # noqa: F401
    return build()


def _draw_or_reuse():
    if not build_cache.enabled():
        return _draw()
    kept = build_cache.folder("figures", DRAWN_FROM, DRAWN_WITH) / "figures.json"
    if kept.is_file():
        return {name: Figure(**fields) for name, fields in json.loads(kept.read_text()).items()}
    drawn = _draw()
    build_cache.write(kept, json.dumps({name: dataclasses.asdict(f) for name, f in drawn.items()}).encode())
    return drawn


def on_files(files, config):
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="nn11-figures")
    _drawing["future"] = pool.submit(_draw_or_reuse)
    pool.shutdown(wait=False)
    # the files exist from now on, so links to them validate; their content comes in on_env
    _drawing["files"] = generated_files.announce(files, config, FOLDER, DRAWINGS, ".svg")
    return files


def on_page_content(html, page, config, files):
    if not IMAGE.search(html):
        leftover = re.search(r'<img [^>]*src="[^"]*' + FOLDER + r'/[^"]+"[^>]*>', html)
        if leftover:
            raise ValueError(f"{page.file.src_uri}: a figure image with an alt text of its "
                             f"own (the hook writes it; leave it empty): {leftover.group(0)}")
        return html
    built = _figures()

    def replace(m):
        if m["name"] not in built:
            raise ValueError(f"{page.file.src_uri}: no figure called {m['name']!r}")
        return built[m["name"]].html()

    return IMAGE.sub(replace, html)


def on_env(env, config, files):
    built = _figures()
    for file in _drawing["files"]:
        file.content_string = built[Path(file.src_uri).stem].svg
    return env
