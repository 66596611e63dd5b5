"""A matplotlib figure as the site shows it: compact, deterministic SVG that takes the page's
colours and font, and the <figure> element that puts it inline with its description.

Drawings use the sentinel colours below; `render` turns each into a CSS variable
(`--nn11-fig-*`). docs/stylesheets/nn11.css gives the variables their values for Material's
two schemes, so an inline figure follows the reader's light or dark choice. The file opened on
its own has no page around it: it carries the light values, read from the same style sheet.

The SVG is deterministic (fixed hash salt, no date), so a test can draw a figure again and
compare it with what the built pages show.
"""
import io
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from html import escape

import matplotlib

from nn11site.paths import DOCS

STYLESHEET = DOCS / "stylesheets" / "nn11.css"

# Sentinel colour a drawing uses -> the CSS variable (--nn11-fig-<name>) it becomes.
COLOURS = {
    "#000001": "fg",       # text, axes and ticks
    "#000002": "grid",     # grid lines
    "#000003": "s1",       # first series
    "#000004": "s2",       # second series
    "#000005": "s3",       # third series
    "#000006": "muted",    # targets, helper lines
    "#000007": "bg",       # the page's background: inside open markers
}
FG, GRID, S1, S2, S3, MUTED, BG = COLOURS

# an SVG unit is a point: at most this many pixels per point on the page
TEXT_SCALE = 1.35

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
HREF = f"{{{XLINK_NS}}}href"
ET.register_namespace("", SVG_NS)
ET.register_namespace("xlink", XLINK_NS)
ROUNDED = ("d", "x", "y", "width", "height", "viewBox", "transform", "points")


def light_colours():
    """The light scheme's figure colours, {variable: colour}, as nn11.css sets them."""
    css = STYLESHEET.read_text(encoding="utf-8")
    block = re.search(r"^\.nn11-figure \{([^}]*)\}", css, re.M)
    if not block:
        raise ValueError(f"{STYLESHEET}: no `.nn11-figure {{...}}` rule with the figure colours")
    found = dict(re.findall(r"--nn11-fig-([\w-]+):\s*([^;]+);", block.group(1)))
    missing = set(COLOURS.values()) - set(found)
    if missing:
        raise ValueError(f"{STYLESHEET}: .nn11-figure sets no colour for {sorted(missing)}")
    return found


@dataclass
class Figure:
    name: str
    svg: str          # the standalone file
    alt: str          # what the figure shows, with its numbers
    caption: str

    def inline(self):
        """The SVG as it goes into the page: no prolog, sized by CSS, described for readers."""
        svg = self.svg[self.svg.index("<svg"):].strip()
        svg = re.sub(r"<style>:root\{.*?\}</style>", "", svg, count=1)
        root = re.match(r"<svg [^>]*>", svg).group(0)
        view_box = re.search(r'\bviewBox="([^"]*)"', root).group(1)
        style = re.search(r'\bstyle="([^"]*)"', root).group(1)
        # never wider than makes its 11 pt text about 15 px; narrower screens shrink it
        widest = round(float(view_box.split()[2]) * TEXT_SCALE)
        # its drawn text (ticks, labels) is no words to search for: the caption is
        return (f'<svg xmlns="{SVG_NS}" xmlns:xlink="{XLINK_NS}" viewBox="{view_box}" '
                f'style="{style}; max-width: {widest}px" role="img" data-search-exclude '
                f'aria-label="{escape(self.alt)}"><title>{escape(self.alt, quote=False)}</title>'
                + svg[len(root):])

    def html(self):
        # The drawing sits in a box of its own proportions, so nn11.css can let the browser
        # skip drawing it while it is off screen without the page changing height.
        width, height = self.svg_size()
        return (f'<figure class="nn11-figure" id="figure-{self.name}">'
                f'<div class="nn11-figure__art" style="aspect-ratio: {width} / {height}; '
                f'--nn11-aspect: {width / height:.4f}; '
                f'max-width: {round(width * TEXT_SCALE)}px">{self.inline()}</div>'
                f"<figcaption>{escape(self.caption, quote=False)}</figcaption></figure>")

    def svg_size(self):
        view_box = re.search(r'\bviewBox="([^"]*)"', self.svg).group(1).split()
        return float(view_box[2]), float(view_box[3])


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
    for sentinel, variable in COLOURS.items():
        svg = svg.replace(sentinel, f"var(--nn11-fig-{variable})")
    # one font for the whole figure, set on its root: the page's own
    svg = re.sub(r"font-family: [^;\"]+;? ?", "", svg)
    # the light colours, for the file opened on its own (inline, the page's style sets them)
    light = light_colours()
    standalone = ("<style>:root{" + "".join(f"--nn11-fig-{n}:{light[n]};" for n in COLOURS.values())
                  + "font-family:var(--md-text-font-family, sans-serif)}</style>")
    svg = re.sub(r"(<svg [^>]*>)", lambda m: m.group(1) + standalone, svg, count=1)
    return '<?xml version="1.0" encoding="utf-8" standalone="no"?>\n' + svg + "\n"
