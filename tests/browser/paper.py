"""What a printed page puts on paper: the PDF Chromium prints, drawn into pixels by PDFium
(pypdfium2, pinned in requirements.txt), which the print tests look at as a reader looks at
paper."""
from dataclasses import dataclass

import numpy as np
import pypdfium2

# pixels per point: a line of body text is about 5 px high, plenty to tell ink from paper
SCALE = 0.5
# a channel below this is ink; anti-aliased edges of white paper stay above it
PAPER = 245


@dataclass
class Page:
    width: float         # points
    height: float        # points
    pixels: np.ndarray   # rows x columns x RGB, 0 to 255, top row first

    def lowest_ink(self):
        """How high above the paper's bottom edge its lowest mark ends (points)."""
        rows = np.flatnonzero((self.pixels < PAPER).any(axis=(1, 2)))
        return self.height if rows.size == 0 else self.height - (rows[-1] + 1) / SCALE

    def paper_colours(self):
        """The colours at the paper's four corners (r, g, b, each from 0 to 1): a fill that
        covers the whole page, margins included, shows there."""
        corners = self.pixels[[0, 0, -1, -1], [0, -1, 0, -1]]
        return [tuple(float(c) / 255 for c in corner) for corner in corners]


def pages(pdf):
    """Every page of the PDF (bytes), in order."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        found = []
        for page in document:
            width, height = page.get_size()
            pixels = page.render(scale=SCALE).to_numpy()[..., :3]
            found.append(Page(width, height, pixels.copy()))
            page.close()
        return found
    finally:
        document.close()
