"""The fenced code blocks of the site's Markdown pages, read as pytest-codeblocks reads them."""
import re
from dataclasses import dataclass

from nn11site.paths import DOCS, ROOT

PAGES = sorted(DOCS.rglob("*.md"))
PYTHON_NAMES = {"python", "py", "python3", "py3", "pycon", "ipython", "ipython3"}

FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<ticks>`{3,})(?P<info>[^\n`]*)\n(?P<body>.*?)^(?P=indent)(?P=ticks)[ \t]*$",
                   re.S | re.M)


@dataclass
class Block:
    page: object
    line: int          # 1-based line of the opening fence
    info: str          # everything after the backticks
    body: str

    @property
    def language(self):
        info = self.info.strip()
        if info.startswith("{"):
            classes = re.findall(r"(?<![\w-])\.([\w-]+)", info)
            return classes[0] if classes else ""
        return info.split()[0] if info else ""

    @property
    def is_python(self):
        return self.language.lower() in PYTHON_NAMES

    @property
    def collected_by_codeblocks(self):
        # pytest-codeblocks runs a block only when the info string is exactly "python"
        return self.info.strip() == "python"

    def where(self):
        return f"{self.page.relative_to(ROOT)}:{self.line}"


def dedent_like_codeblocks(body, indent):
    """A fence indented as a whole (an answer inside a `??? ` details block) read as
    pytest-codeblocks reads it: each line loses at most the fence's indentation, counting
    its newline as whitespace, so that a blank line inside such a block is dropped."""
    if not indent:
        return body
    return "".join(line[min(indent, len(line) - len(line.lstrip())):]
                   for line in body.splitlines(keepends=True))


def blocks(page):
    text = page.read_text(encoding="utf-8")
    for m in FENCE.finditer(text):
        body = dedent_like_codeblocks(m["body"], len(m["indent"]))
        yield Block(page, text.count("\n", 0, m.start()) + 1, m["info"], body)


def all_blocks(pages=PAGES):
    for page in pages:
        yield from blocks(page)
