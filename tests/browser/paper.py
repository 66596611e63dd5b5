"""What a printed page puts on paper, read from the PDF that Chromium prints.

Just enough of PDF for the print tests: Chromium (Skia) writes plain PDF 1.4 (numbered
objects, a page tree, one Flate-compressed content stream per page), and a page's content is
drawn with the few operators below. For each page, in order, this gives its size and every
mark it paints: text (where each run starts), filled or stroked paths and images, each with
its box and, for fills, its colour. Nothing else of PDF is needed, so nothing else is read.
(A maintained reader such as pypdf would do this too; it is not among the pinned
requirements, and adding it is a choice for the requirements, not for one test.)
"""
import re
import zlib
from dataclasses import dataclass, field

OBJECT = re.compile(rb"(\d+)\s+0\s+obj\b(.*?)\bendobj", re.S)
REFERENCE = rb"(\d+)\s+0\s+R"
TOKEN = re.compile(rb"""
    (?P<skip>\s+|%[^\r\n]*)
  | (?P<string>\((?:\\.|[^\\()]|\((?:\\.|[^\\()])*\))*\))
  | (?P<hex><[0-9A-Fa-f\s]*>)
  | (?P<bracket><<|>>|[\[\]])
  | (?P<name>/[^\s/\[\]()<>{}%]*)
  | (?P<number>[+-]?(?:\d+\.?\d*|\.\d+))
  | (?P<operator>[A-Za-z'"][A-Za-z0-9*'"]*)
""", re.X)

IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
PAINT = {b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*", b"S", b"s"}


def times(m, n):
    """The matrix m then n (PDF's row-vector convention: a point p goes to p m n)."""
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return (a * p + b * r, a * q + b * s, c * p + d * r, c * q + d * s,
            e * p + f * r + t, e * q + f * s + u)


def apply(m, x, y):
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


@dataclass
class Mark:
    kind: str           # "text", "fill", "stroke" or "image"
    box: tuple          # (left, bottom, right, top) in points, y upwards
    colour: tuple = ()  # a fill's colour, (r, g, b) from 0 to 1


@dataclass
class Page:
    width: float
    height: float
    marks: list = field(default_factory=list)

    def lowest_ink(self):
        """The bottom of the lowest mark that shows on white paper (points, y upwards)."""
        shown = [m.box[1] for m in self.marks
                 if not (m.kind == "fill" and min(m.colour, default=0) > 0.97)]
        return min(shown, default=self.height)

    def paper_colours(self):
        """The colours of fills that cover the whole page."""
        return [m.colour for m in self.marks if m.kind == "fill"
                and m.box[0] <= 0.5 and m.box[1] <= 0.5
                and m.box[2] >= self.width - 0.5 and m.box[3] >= self.height - 0.5]


def _objects(data):
    return {int(m.group(1)): m.group(2) for m in OBJECT.finditer(data)}


def _stream(body):
    start = re.search(rb"stream\r?\n", body).end()
    return zlib.decompressobj().decompress(body[start:])


def _page_objects(objects, node):
    body = objects[node]
    if re.search(rb"/Type\s*/Pages\b", body):
        kids = re.search(rb"/Kids\s*\[(.*?)\]", body, re.S).group(1)
        for kid in re.findall(REFERENCE, kids):
            yield from _page_objects(objects, int(kid))
    else:
        yield body


def _tokens(content):
    for m in TOKEN.finditer(content):
        if m.lastgroup != "skip":
            yield m.lastgroup, m.group(m.lastgroup)


def _marks(content):
    """Run a page's content stream, keeping the box of everything it paints."""
    ctm, saved = IDENTITY, []
    fill = (0.0, 0.0, 0.0)
    path = []
    tm = line = IDENTITY
    leading = 0.0
    operands = []
    marks = []

    def boxed(points, matrix):
        xs, ys = zip(*(apply(matrix, x, y) for x, y in points), strict=True)
        return min(xs), min(ys), max(xs), max(ys)

    def text():
        x, y = apply(times(tm, ctm), 0, 0)
        marks.append(Mark("text", (x, y, x, y)))

    for kind, value in _tokens(content):
        if kind != "operator":
            operands.append(float(value) if kind == "number" else value)
            continue
        numbers = [v for v in operands if isinstance(v, float)]
        op, operands = value, []
        if op == b"q":
            saved.append(ctm)
        elif op == b"Q":
            ctm = saved.pop()
        elif op == b"cm":
            ctm = times(tuple(numbers), ctm)
        elif op == b"rg":
            fill = tuple(numbers)
        elif op == b"g":
            fill = (numbers[0],) * 3
        elif op == b"re":
            x, y, w, h = numbers
            path += [(x, y), (x + w, y + h)]
        elif op in (b"m", b"l", b"c", b"v", b"y"):
            path += list(zip(numbers[::2], numbers[1::2], strict=True))
        elif op in PAINT:
            if path:
                stroked = op in (b"S", b"s")
                marks.append(Mark("stroke" if stroked else "fill", boxed(path, ctm),
                                  () if stroked else fill))
            path = []
        elif op == b"n":
            path = []
        elif op == b"BT":
            tm = line = IDENTITY
        elif op == b"Tm":
            tm = line = tuple(numbers)
        elif op in (b"Td", b"TD"):
            if op == b"TD":
                leading = -numbers[1]
            tm = line = times((1, 0, 0, 1, numbers[0], numbers[1]), line)
        elif op == b"TL":
            leading = numbers[0]
        elif op in (b"T*", b"'", b'"'):
            tm = line = times((1, 0, 0, 1, 0, -leading), line)
            if op != b"T*":
                text()
        elif op in (b"Tj", b"TJ"):
            text()
        elif op == b"Do":
            marks.append(Mark("image", boxed([(0, 0), (1, 1)], ctm)))
    return marks


def pages(pdf):
    """Every page of the PDF (bytes), in order, with the marks it paints."""
    objects = _objects(pdf)
    root = int(re.findall(rb"/Root\s+" + REFERENCE, pdf)[-1])
    tree = int(re.search(rb"/Pages\s+" + REFERENCE, objects[root]).group(1))
    found = []
    for body in _page_objects(objects, tree):
        box = [float(v) for v in re.search(rb"/MediaBox\s*\[([^\]]*)\]", body).group(1).split()]
        contents = re.search(rb"/Contents\s*(\[[^\]]*\]|" + REFERENCE + rb")", body).group(1)
        streams = [_stream(objects[int(n)]) for n in re.findall(REFERENCE, contents)]
        found.append(Page(box[2] - box[0], box[3] - box[1],
                          [mark for s in streams for mark in _marks(s)]))
    return found
