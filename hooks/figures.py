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
"""
import contextlib
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from mkdocs.structure.files import File

# MkDocs puts this folder on sys.path only while it imports the hook: import siblings now
from figure_drawings import DRAWINGS, build

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


def _draw():
    # matplotlib checks sys.modules for IPython each time it makes a figure, and fails on a
    # module half imported, as IPython is while mkdocs-jupyter imports it in the main
    # thread. An import statement waits for another thread's import of the same module.
    with contextlib.suppress(ImportError):
        import IPython  # noqa: F401
    return build()


def on_files(files, config):
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="nn11-figures")
    _drawing["future"] = pool.submit(_draw)
    pool.shutdown(wait=False)
    # the files exist from now on, so links to them validate; their content comes in on_env
    _drawing["files"] = [File.generated(config, f"{FOLDER}/{name}.svg", content=b"")
                         for name in DRAWINGS]
    for file in _drawing["files"]:
        files.append(file)
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
