"""MkDocs hook: the site's figures, drawn at build time from runs of the real listings.

Nothing here is committed as an image. At every build the listings run (hooks/traces.py
keeps what their loops computed), matplotlib draws each figure as SVG, and the same code
writes its alt text from the same numbers, so a figure and its description cannot disagree.

A page asks for a figure with an image that has an empty alt text:

    ![](figures/sigmoid.svg)

The hook adds figures/*.svg to the site (so the link is valid, and the file can be opened on
its own) and replaces the image by the SVG itself, inline, inside a <figure> with the
generated description (aria-label and <title>) and a short caption. Inline, the figure takes
the page's font and follows the reader's light or dark scheme: its colours are CSS variables
(`--nn11-fig-*`), set for Material's two schemes by the small style sheet the hook adds to a
page that shows a figure; the standalone file falls back to the light colours.

The SVG is deterministic (fixed hash salt, no date), so a test can regenerate every figure and
compare it with what the built pages show.
"""
import io
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

import matplotlib
import numpy as np
from matplotlib.figure import Figure as MplFigure
from matplotlib.ticker import FixedLocator, FuncFormatter, NullFormatter, NullLocator
from mkdocs.structure.files import File

from nn11site import traces

FOLDER = "figures"

# Sentinel colours, replaced in the SVG by CSS variables; here with their light-scheme values.
COLOURS = {
    "#000001": ("fg", "#3b3b45"),        # text, axes and ticks
    "#000002": ("grid", "#d9d9e0"),      # grid lines
    "#000003": ("s1", "#2f54c9"),        # first series
    "#000004": ("s2", "#c2410c"),        # second series
    "#000005": ("s3", "#178a45"),        # third series
    "#000006": ("muted", "#8a8a96"),     # targets, helper lines
}
FG, GRID, S1, S2, S3, MUTED = COLOURS
DARK = {"fg": "#d5d7e2", "grid": "#3c4050", "s1": "#8fa8ff", "s2": "#ff9d6b",
        "s3": "#6ed69a", "muted": "#9a9db0"}

PAGE_STYLE = (
    "<style>"
    # Material sizes a <figure> to fit its content, and an inline SVG has no size of its own
    ".md-typeset figure.nn11-figure{display:block;width:100%;margin:1.5em auto}"
    ".nn11-figure__art{margin:0 auto}"
    ".nn11-figure svg{display:block;width:100%;height:auto;margin:0 auto;"
    "font-family:var(--md-text-font-family, sans-serif)}"
    ".md-typeset .nn11-figure figcaption{max-width:30rem;margin:.4em auto 0;font-size:.64rem}"
    ".nn11-figure{" + "".join(f"--nn11-fig-{n}:{c};" for n, c in COLOURS.values()) + "}"
    '[data-md-color-scheme="slate"] .nn11-figure{'
    + "".join(f"--nn11-fig-{n}:{c};" for n, c in DARK.items()) + "}"
    "</style>")

# an SVG unit is a point: at most this many pixels per point on the page
TEXT_SCALE = 1.35

RC = {
    "svg.fonttype": "none",          # text stays text: the page's font, selectable, small
    "font.size": 11,
    "axes.edgecolor": FG,
    "axes.labelcolor": FG,
    "axes.titlesize": 11,
    "axes.titlecolor": FG,
    "xtick.color": FG,
    "ytick.color": FG,
    "text.color": FG,
    "grid.color": GRID,
    "grid.linewidth": 0.6,
    "axes.grid": True,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "legend.frameon": False,
    "lines.linewidth": 2,
    "axes.axisbelow": True,
}


@dataclass
class Figure:
    name: str
    svg: str          # the standalone file
    alt: str          # what the figure shows, with its numbers
    caption: str
    data: dict = field(default_factory=dict)   # the numbers the description states

    @property
    def path(self):
        return f"{FOLDER}/{self.name}.svg"

    def inline(self):
        """The SVG as it goes into the page: no prolog, sized by CSS, described for readers."""
        svg = self.svg[self.svg.index("<svg"):].strip()
        svg = re.sub(r"<style>:root\{.*?\}</style>", "", svg, count=1)
        root = re.match(r"<svg [^>]*>", svg).group(0)
        view_box = re.search(r'\bviewBox="([^"]*)"', root).group(1)
        style = re.search(r'\bstyle="([^"]*)"', root).group(1)
        # never wider than makes its 11 pt text about 15 px; narrower screens shrink it
        widest = round(float(view_box.split()[2]) * TEXT_SCALE)
        return (f'<svg xmlns="{SVG_NS}" xmlns:xlink="{XLINK_NS}" viewBox="{view_box}" '
                f'style="{style}; max-width: {widest}px" role="img" '
                f'aria-label="{escape(self.alt)}"><title>{escape(self.alt, quote=False)}</title>'
                + svg[len(root):])

    def html(self):
        # The drawing sits in a box of its own proportions, so nn11.css can let the browser
        # skip drawing it while it is off screen without the page changing height.
        width, height = self.svg_size()
        return (f'<figure class="nn11-figure" id="figure-{self.name}">'
                f'<div class="nn11-figure__art" style="aspect-ratio: {width} / {height}; '
                f'max-width: {round(width * TEXT_SCALE)}px">{self.inline()}</div>'
                f"<figcaption>{escape(self.caption, quote=False)}</figcaption></figure>")

    def svg_size(self):
        view_box = re.search(r'\bviewBox="([^"]*)"', self.svg).group(1).split()
        return float(view_box[2]), float(view_box[3])


def number(value, digits=4):
    """A number as the alt texts write it: rounded, with a real minus sign."""
    text = f"{value:,.{digits}f}"
    return text.replace("-", "\N{MINUS SIGN}")


def count(value):
    return f"{value:,}"


SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
HREF = f"{{{XLINK_NS}}}href"
ET.register_namespace("", SVG_NS)
ET.register_namespace("xlink", XLINK_NS)
ROUNDED = ("d", "x", "y", "width", "height", "viewBox", "transform", "points")


def compact(svg, name):
    """The same picture in fewer bytes, with ids that cannot clash with another figure's."""
    root = ET.fromstring(svg)
    used = set()
    for element in root.iter():
        for value in (element.get(HREF, ""), element.get("clip-path", "")):
            used.update(re.findall(r"#([\w-]+)", value))

    def tidy(parent):
        children = []
        for child in list(parent):
            tag = child.tag.split("}")[-1]
            if tag == "metadata":
                continue
            tidy(child)
            if tag == "g" and not child.attrib:
                children.extend(list(child))     # a <g> without attributes groups nothing
            else:
                children.append(child)
        parent[:] = children
        for key in ROUNDED:
            if key in parent.attrib:
                parent.set(key, re.sub(r"(\d+\.\d\d)\d+", r"\1", parent.get(key)))
        if parent.get("transform", "").startswith("rotate(-0 "):
            del parent.attrib["transform"]
        if "id" in parent.attrib:
            if parent.get("id") in used:
                parent.set("id", f"{name}-{parent.get('id')}")
            else:
                del parent.attrib["id"]
        for key in (HREF, "clip-path"):
            if key in parent.attrib:
                parent.set(key, re.sub(r"#([\w-]+)", rf"#{name}-\1", parent.get(key)))
        if parent.text and not parent.text.strip():
            parent.text = None
        if parent.tail and not parent.tail.strip():
            parent.tail = None
        if "d" in parent.attrib:
            parent.set("d", " ".join(parent.get("d").split()))

    tidy(root)
    # matplotlib's own style sheet (`*{stroke-linejoin: round; ...}`) would style the whole
    # page once the SVG is inline: the same two properties go on the root, which they inherit
    for defs in root.findall(f"{{{SVG_NS}}}defs"):
        if [child.tag for child in defs] == [f"{{{SVG_NS}}}style"]:
            root.remove(defs)
    root.set("style", "stroke-linejoin: round; stroke-linecap: butt")
    return ET.tostring(root, encoding="unicode")


def render(name, fig):
    """The figure as deterministic, compact SVG with its colours and font made themeable."""
    buffer = io.StringIO()
    with matplotlib.rc_context({"svg.hashsalt": f"nn11-{name}", "svg.fonttype": "none"}):
        fig.savefig(buffer, format="svg", metadata={"Date": None}, transparent=True,
                    bbox_inches="tight", pad_inches=0.05)
    svg = compact(buffer.getvalue(), name)
    for sentinel, (variable, _light) in COLOURS.items():
        svg = svg.replace(sentinel, f"var(--nn11-fig-{variable})")
    # one font for the whole figure, set on its root: the page's own
    svg = re.sub(r"font-family: [^;\"]+;? ?", "", svg)
    # the light colours, for the file opened on its own (inline, the page's style sets them)
    standalone = ("<style>:root{" + "".join(f"--nn11-fig-{n}:{c};" for n, c in COLOURS.values())
                  + "font-family:var(--md-text-font-family, sans-serif)}</style>")
    svg = re.sub(r"(<svg [^>]*>)", lambda m: m.group(1) + standalone, svg, count=1)
    return '<?xml version="1.0" encoding="utf-8" standalone="no"?>\n' + svg + "\n"


def new_figure(width=4.8, height=3.2, columns=1):
    # called inside @styled, so the axes take the site's settings
    fig = MplFigure(figsize=(width, height))
    axes = fig.subplots(1, columns, squeeze=False)[0]
    return fig, list(axes)


def styled(draw):
    """Run a drawing function with the site's matplotlib settings."""
    def wrapper(*args, **kwargs):
        with matplotlib.rc_context(RC):
            return draw(*args, **kwargs)
    wrapper.__name__ = draw.__name__
    return wrapper


def plain_numbers(value, _position):
    # tick labels as a reader writes numbers: 1,000 and 0.01, not powers of ten
    return f"{value:,.0f}" if value >= 1 else f"{value:g}"


def iteration_axis(ax, last):
    # 0 is drawn linearly, then powers of ten: the first iterations and the last both show
    ax.set_xscale("symlog", linthresh=1, linscale=0.5)
    ax.set_xlim(0, last * 1.05)
    powers = [10 ** p for p in range(len(str(last)) + 1) if 10 ** p <= last * 1.05]
    ax.xaxis.set_major_locator(FixedLocator([0] + powers))
    ax.xaxis.set_major_formatter(FuncFormatter(plain_numbers))
    ax.xaxis.set_minor_locator(NullLocator())
    ax.set_xlabel("iteration (log scale)")


@styled
def sigmoid_figure(nonlin):
    x = np.linspace(-6, 6, 241)
    out = nonlin(x)
    fig, (ax,) = new_figure(height=3.0)
    ax.plot(x, out, color=S1)
    ax.axhline(0, color=MUTED, linewidth=0.8, linestyle="--")
    ax.axhline(1, color=MUTED, linewidth=0.8, linestyle="--")
    ax.plot([0], [nonlin(0.0)], "o", color=S2)
    ax.annotate("(0, 0.5)", (0, 0.5), xytext=(10, -4), textcoords="offset points", color=FG)
    ax.set_xlim(-6, 6)
    ax.set_ylim(-0.05, 1.05)
    ax.set_xlabel("x")
    ax.set_ylabel("nonlin(x)")
    ends = {x0: float(nonlin(float(x0))) for x0 in (-6, 0, 6)}
    alt = (f"Line chart of the sigmoid, nonlin(x), for x from {number(-6, 0)} to 6: an S-shaped "
           f"curve rising from {number(ends[-6])} at x = {number(-6, 0)} through "
           f"{number(ends[0], 1)} at x = 0 to {number(ends[6])} at x = 6. It flattens towards "
           f"0 and 1 at the two ends but never reaches either.")
    caption = "The sigmoid of lines 4 to 7, drawn by the listing's own nonlin."
    return render("sigmoid", fig), alt, caption, {"ends": ends}


@styled
def slopes_figure(nonlin):
    x = np.linspace(-6, 6, 241)
    fig, (ax,) = new_figure(height=3.2)
    ax.plot(x, nonlin(x), color=S1, label="nonlin(x)")
    points = {}
    for x0, colour in zip((-1, 0, 2), (S2, S3, S2), strict=True):
        out = float(nonlin(float(x0)))
        slope = float(nonlin(out, True))
        points[x0] = (out, slope)
        span = np.linspace(x0 - 1.6, x0 + 1.6, 2)
        ax.plot(span, out + slope * (span - x0), color=colour, linewidth=1.4)
        ax.plot([x0], [out], "o", color=colour)
        ax.annotate(f"slope {slope:.4f}", (x0, out), xytext=(9, -15),
                    textcoords="offset points", color=FG, fontsize=10)
    ax.set_xlim(-6, 6)
    ax.set_ylim(-0.1, 1.1)
    ax.set_xlabel("x")
    ax.set_ylabel("nonlin(x)")
    described = "; ".join(
        f"at x = {number(x0, 0)} the output is {number(out)} and the slope {number(slope)}"
        for x0, (out, slope) in points.items())
    steepest = max(points, key=lambda x0: points[x0][1])
    alt = (f"The sigmoid for x from {number(-6, 0)} to 6 with its tangent lines at x = "
           f"{number(-1, 0)}, 0 and 2, each labelled with its slope, nonlin(out, True) at that "
           f"point's output: {described}. The tangent at x = {number(steepest, 0)} is the "
           f"steepest.")
    caption = "Tangents at x = \N{MINUS SIGN}1, 0 and 2: the slope line 36 multiplies by."
    return render("slopes", fig), alt, caption, {"points": points}


def mean_abs(errors):
    return np.abs(errors).mean(axis=(1, 2))


@styled
def error_figure(name, errors, checkpoints, program):
    iterations = np.arange(len(errors))
    fig, (ax,) = new_figure(height=3.0)
    ax.plot(iterations, errors, color=S1)
    ax.set_yscale("log")
    ax.yaxis.set_major_formatter(FuncFormatter(plain_numbers))
    ax.yaxis.set_minor_formatter(NullFormatter())
    iteration_axis(ax, len(errors) - 1)
    ax.set_ylabel("mean absolute error")
    values = {k: float(errors[k]) for k in checkpoints}
    # the dots at the first and last iterations sit on the frame: draw them whole
    ax.plot(list(values), list(values.values()), "o", color=S2, markersize=4, clip_on=False)
    listed = ", ".join(f"{number(v)} at iteration {count(k)}" for k, v in values.items())
    falls = bool(np.all(np.diff(errors) <= 0))
    alt = (f"Line chart of {program}'s mean absolute error at each of its "
           f"{count(len(errors))} iterations, both axes on a logarithmic scale: {listed}."
           + (" It never rises: fast at first, then ever more slowly." if falls else ""))
    return render(name, fig), alt, {"errors_at": values, "never_rises": falls}


@styled
def guesses_figure(first, last, targets):
    fig, axes = new_figure(width=5.6, height=2.9, columns=2)
    rows = np.arange(1, 5)
    for ax, guesses, title, colour in zip(axes, (first, last),
                                          ("after the first iteration", "after the last"),
                                          (S2, S1), strict=True):
        ax.bar(rows, guesses, color=colour, width=0.6, label="guess")
        ax.plot(rows, targets, "o", color=FG, markerfacecolor="none", markersize=7,
                markeredgewidth=1.5, label="target", clip_on=False)
        for row, guess, target in zip(rows, guesses, targets, strict=True):
            # above the bar, or above the target's circle when the two nearly meet
            top = max(guess, target) if abs(guess - target) < 0.1 else guess
            ax.annotate(f"{guess:.4f}", (row, top), xytext=(0, 7),
                        textcoords="offset points", ha="center", fontsize=10, color=FG)
        ax.set_title(f"l1 {title}")
        ax.set_xticks(rows)
        ax.set_xlabel("example (row of X)")
        ax.set_ylim(0, 1.22)
        ax.set_yticks([0, 0.2, 0.4, 0.6, 0.8, 1])
        ax.grid(axis="x", visible=False)
    axes[0].set_ylabel("guess")
    axes[0].legend(loc="upper left", fontsize=10)
    alt = ("Two bar charts side by side of Part 1's four guesses, l1, one bar per example, "
           "with each example's target (0, 0, 1, 1) marked by a circle. After the first "
           "iteration the guesses are " + ", ".join(number(g) for g in first)
           + ", all between 0.2 and 0.4; after the last they are "
           + ", ".join(number(g) for g in last) + ", each close to its target.")
    caption = "Part 1's guesses after the first and after the last of its 10,000 iterations."
    return render("guesses", fig), alt, caption, {"first": list(first), "last": list(last)}


@styled
def weights_figure(weights):
    iterations = np.arange(len(weights))
    fig, (ax,) = new_figure(height=3.2)
    for column, colour in enumerate((S1, S2, S3)):
        ax.plot(iterations, weights[:, column], color=colour, label=f"weight {column + 1}")
    iteration_axis(ax, len(weights) - 1)
    ax.axhline(0, color=MUTED, linewidth=0.8)
    ax.set_ylabel("syn0")
    ax.legend(loc="upper left")
    start, end = weights[0], weights[-1]
    only_grows = bool(np.all(np.diff(weights[:, 0]) > 0))
    parts = [f"weight {c + 1} goes from {number(start[c])} to {number(end[c])}" for c in range(3)]
    alt = ("Line chart of Part 1's three weights, syn0, from before the first iteration to "
           f"after the last ({count(len(weights) - 1)} iterations, on a logarithmic scale): "
           + "; ".join(parts) + "."
           + (" The first weight grows at every iteration." if only_grows else ""))
    caption = "Part 1's three weights as training goes on."
    return render("weights", fig), alt, caption, {"start": list(start), "end": list(end),
                                                  "first_only_grows": only_grows}


def build():
    """Every figure, drawn from fresh runs of the listings: {name: Figure}."""
    part1 = traces.part1()
    part2 = traces.part2()
    nonlin = part1.namespace["nonlin"]
    figures = {}

    svg, alt, caption, data = sigmoid_figure(nonlin)
    figures["sigmoid"] = Figure("sigmoid", svg, alt, caption, data)
    svg, alt, caption, data = slopes_figure(nonlin)
    figures["slopes"] = Figure("slopes", svg, alt, caption, data)

    errors1 = mean_abs(part1.computed("l1_error"))
    svg, alt, data = error_figure("error-part1", errors1, (0, 100, 1000, len(errors1) - 1),
                                  "Part 1")
    figures["error-part1"] = Figure(
        "error-part1", svg, alt, "Part 1's mean absolute error at every iteration; the dots mark iterations 0, 100, "
        "1,000 and 9,999, as in the table above.", data)

    errors2 = mean_abs(part2.computed("l2_error"))
    checkpoints = tuple(range(0, len(errors2), 10000)) + (len(errors2) - 1,)
    svg, alt, data = error_figure("error-part2", errors2, checkpoints, "Part 2")
    figures["error-part2"] = Figure(
        "error-part2", svg, alt, "Part 2's mean absolute error. The dots mark the six values "
        "the listing prints, one every 10,000 iterations, and the last iteration's.", data)

    guesses = part1.computed("l1")[:, :, 0]
    targets = part1.namespace["y"][:, 0]
    svg, alt, caption, data = guesses_figure(guesses[0], guesses[-1], targets)
    figures["guesses"] = Figure("guesses", svg, alt, caption, data)

    svg, alt, caption, data = weights_figure(part1.series("syn0")[:, :, 0])
    figures["weights"] = Figure("weights", svg, alt, caption, data)
    return figures


# ---- the MkDocs hook ---------------------------------------------------------------------
#
# Drawing takes about two seconds, most of it Part 2's 60,000 iterations. It runs in a thread
# started when the files are collected, while MkDocs renders the pages (and mkdocs-jupyter
# waits for the notebook's kernel); a page that shows a figure, and the writing of the files,
# wait for it. An exception in the thread fails the build where it is awaited.

IMAGE = re.compile(r'(?:<p>\s*)?<img alt="" src="(?:\.\./)*' + FOLDER
                   + r'/(?P<name>[\w-]+)\.svg"\s*/?>(?:\s*</p>)?')
NAMES = ("sigmoid", "slopes", "error-part1", "error-part2", "guesses", "weights")
_drawing = {}


def _figures():
    return _drawing["future"].result()


def on_files(files, config):
    from concurrent.futures import ThreadPoolExecutor
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="nn11-figures")
    _drawing["future"] = pool.submit(build)
    pool.shutdown(wait=False)
    # the files exist from now on, so links to them validate; their content comes in on_env
    _drawing["files"] = [File.generated(config, f"{FOLDER}/{name}.svg", content=b"")
                         for name in NAMES]
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

    return PAGE_STYLE + IMAGE.sub(replace, html)


def on_env(env, config, files):
    built = _figures()
    if sorted(built) != sorted(NAMES):
        raise ValueError(f"figures drawn {sorted(built)} are not the ones listed {sorted(NAMES)}")
    for file in _drawing["files"]:
        file.content_string = built[Path(file.src_uri).stem].svg
    return env
