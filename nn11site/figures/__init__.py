"""The site's figures, drawn with matplotlib at build time from runs of the real listings.

Nothing here is committed as an image. What a page or a build calls:

    names()             the figures there are, in the order they are drawn
    start()             begin drawing them in the background (optional: a build calls it
                        early so that drawing overlaps the rendering of pages)
    render(name)        the HTML that shows figure `name` on a page: its SVG inline (so it
                        takes the page's font and colours), with its description and caption
    paths()             where the figure files go in the site: figures/<name>.svg
    files()             {path in the site: text} of those files
    drawn()             {name: Figure}, drawn once per set of inputs (nn11site.build_cache)

The drawings (one module per family) register themselves with nn11site.figures.drawing;
`drawing.build()` draws them all afresh, as the tests do.
"""
import contextlib

from nn11site import build_cache
from nn11site.figures import downhill, sigmoid, training, xor  # noqa: F401 - they register the drawings
from nn11site.figures.drawing import DRAWINGS, build
from nn11site.listings import LISTINGS

FOLDER = "figures"


def names():
    return list(DRAWINGS)


def _draw():
    # matplotlib checks sys.modules for IPython each time it makes a figure, and fails on a
    # module half imported, as IPython is while mkdocs-jupyter imports it in the main
    # thread. An import statement waits for another thread's import of the same module.
    with contextlib.suppress(ImportError):
        import IPython  # noqa: F401
    return build()


def start():
    """The drawing's Future: every figure, drawn from the listings as they are now."""
    return build_cache.start("figures", _draw, [__name__],
                             [listing.path for listing in LISTINGS.values()])


def drawn():
    return start().result()


def render(name):
    """The <figure> that shows figure `name` on a page (ValueError for an unknown name)."""
    if name not in DRAWINGS:
        raise ValueError(f"no figure called {name!r} (there are {', '.join(DRAWINGS)})")
    return drawn()[name].html()


def paths():
    """Where the figure files go in the site, known before any is drawn."""
    return [f"{FOLDER}/{name}.svg" for name in DRAWINGS]


def files():
    return {f"{FOLDER}/{name}.svg": figure.svg for name, figure in drawn().items()}
