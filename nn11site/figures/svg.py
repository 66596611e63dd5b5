"""A matplotlib figure as the site's SVG: compact, deterministic, taking the page's colours
and font (nn11site/figures/figure.py puts it inline in a page, with its description).

Drawings use the sentinel colours below; `render` turns each into a CSS variable
(`--nn11-fig-*`). docs/stylesheets/nn11.css gives the variables their values for Material's
two schemes, so an inline figure follows the reader's light or dark choice. The file opened on
its own has no page around it: it carries both sets (nn11site.palette).

The SVG is deterministic (fixed hash salt, no date), so a test can draw a figure again and
compare it with what the built pages show.
"""
import io
import re
import xml.etree.ElementTree as ET

import matplotlib

from nn11site.palette import standalone_style

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
    """The figure as deterministic, compact SVG with its colours and font made themeable: the
    drawing, without the palette its file carries (`standalone`)."""
    buffer = io.StringIO()
    with matplotlib.rc_context({"svg.hashsalt": f"nn11-{name}", "svg.fonttype": "none"}):
        fig.savefig(buffer, format="svg", metadata={"Date": None}, transparent=True,
                    bbox_inches="tight", pad_inches=0.05)
    svg = compact(buffer.getvalue(), name)
    for sentinel, variable in COLOURS.items():
        svg = svg.replace(sentinel, f"var(--nn11-fig-{variable})")
    # one font for the whole figure, set on its root: the page's own
    svg = re.sub(r"font-family: [^;\"]+;? ?", "", svg)
    return svg


def standalone(drawing):
    """The file of a figure: its drawing with the palette, for the file opened on its own
    (inline, the page's style sets the colours). Added when the file is written, not when the
    figure is drawn, so an edit of the style sheet redraws nothing."""
    svg = re.sub(r"(<svg [^>]*>)", lambda m: m.group(1) + f"<style>{standalone_style()}</style>",
                 drawing, count=1)
    return '<?xml version="1.0" encoding="utf-8" standalone="no"?>\n' + svg + "\n"
