"""A matplotlib figure as the site's SVG: compact, deterministic, taking the page's colours
and font (nn11site/figures/figure.py puts it inline in a page, with its description).

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
