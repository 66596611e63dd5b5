"""The fenced code blocks of the site's Markdown pages, and what each one includes."""
import re
from dataclasses import dataclass

from listings import LISTINGS, ROOT

PAGES = sorted((ROOT / "docs").rglob("*.md"))
# where pymdownx.snippets looks for included files (mkdocs.yml: base_path)
SNIPPET_BASES = [LISTINGS, ROOT]
PYTHON_NAMES = {"python", "py", "python3", "py3", "pycon", "ipython", "ipython3"}

FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<ticks>`{3,})(?P<info>[^\n`]*)\n(?P<body>.*?)^(?P=indent)(?P=ticks)[ \t]*$",
                   re.S | re.M)
INCLUDE = re.compile(r'^--8<-- "(?P<file>[^":]+)(?::(?P<start>\d+):(?P<end>\d+))?"$')


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

    def attribute(self, name):
        m = re.search(rf'\b{name}="([^"]*)"', self.info)
        return m.group(1) if m else None

    @property
    def includes(self):
        """[(path, start, end)] when every line of the block is a snippet include, else None."""
        lines = [line.strip() for line in self.body.splitlines() if line.strip()]
        found = [INCLUDE.match(line) for line in lines]
        if not lines or not all(found):
            return None
        result = []
        for m in found:
            path = next((base / m["file"] for base in SNIPPET_BASES if (base / m["file"]).is_file()), None)
            start = int(m["start"]) if m["start"] else None
            end = int(m["end"]) if m["end"] else None
            result.append((path, start, end))
        return result

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
