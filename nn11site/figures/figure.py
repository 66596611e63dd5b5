"""A drawn figure as a page shows it: the SVG inline, described for readers, in a <figure>.

Inline, the figure takes the page's font and the colours docs/stylesheets/nn11.css sets for
the reader's scheme. The same SVG is also a file of its own (figures/<name>.svg).
"""
import re
from dataclasses import dataclass

from markupsafe import Markup

from nn11site import templates
from nn11site.figures.svg import standalone

# an SVG unit is a point: at most this many pixels per point on the page
TEXT_SCALE = 1.35


@dataclass
class Figure:
    name: str
    drawing: str      # the SVG element, its colours CSS variables
    alt: str          # what the figure shows, with its numbers
    caption: str

    @property
    def svg(self):
        """The figure's file, figures/<name>.svg: the drawing with the palette it needs alone."""
        return standalone(self.drawing)

    def inline(self):
        """The SVG as it goes into the page: no prolog, sized by CSS, described for readers."""
        svg = self.drawing
        root = re.match(r"<svg [^>]*>", svg).group(0)
        width, _ = self.svg_size()
        return templates.render(
            __package__, "inline.svg", alt=self.alt,
            view_box=re.search(r'\bviewBox="([^"]*)"', root).group(1),
            style=re.search(r'\bstyle="([^"]*)"', root).group(1),
            # never wider than makes its 11 pt text about 15 px; narrower screens shrink it
            widest=round(width * TEXT_SCALE),
            drawing=Markup(svg[len(root):svg.rindex("</svg>")]))

    def html(self):
        width, height = self.svg_size()
        return templates.render(
            __package__, "figure.html", name=self.name, width=width, height=height,
            aspect=f"{width / height:.4f}", widest=round(width * TEXT_SCALE),
            svg=Markup(self.inline()), caption=self.caption)

    def svg_size(self):
        view_box = re.search(r'\bviewBox="([^"]*)"', self.drawing).group(1).split()
        return float(view_box[2]), float(view_box[3])
