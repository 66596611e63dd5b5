"""Before the fences are rendered: check every ```nn11 block (so a fault names its page and
line), note the walkthrough sections a listing's line numbers link to, and mark the blocks
Run can run, with the block that shows what each prints.

The tests run two kinds of Python block: the snippets (fences written exactly ```python, which
pytest-codeblocks executes) and the whole listings (tests/programs runs the files). Excerpts
are fragments and never run alone. A runnable block gets, in its fence's attributes,

* `data-run`: "alone" (it starts from a clean namespace, as pytest-codeblocks runs it) or
  "together" (the page's blocks build on each other: they run in order in one namespace, as
  a notebook's cells share one kernel), when the page says so with ```nn11 blocks="together"
  (the notebook page's cells are marked "together" by the plugin);
* `data-run-file`: the name to suggest when it is run on the reader's computer;
* `data-run-expected`: the id of the block that shows what it prints, when there is one (the
  block after a snippet's expected-output marker, or the one titled "printed by part1.py"
  after a listing), which Run compares with what it prints; that block gets the id.

Only the fences' first lines change: the code the tests read stays as written."""
import re
from dataclasses import dataclass, field

from markdown.preprocessors import Preprocessor

from nn11site.render import generated_blocks, grammar
from nn11site.render.page import Page, current, first_line

FENCE = re.compile(r"^(?P<indent>\s*)(?P<ticks>`{3,}|~{3,})(?P<info>.*)$")
SECTION = re.compile(r"\{[^}]*#line-(\d+)(?=[\s}])")
EXPECTED_OUTPUT = "<!--pytest-codeblocks:expected-output-->"
BRACES = re.compile(r"^\{(?P<inside>.*)\}$")


@dataclass
class Fence:
    start: int          # index of its opening line
    end: int            # index of its closing line
    indent: str
    ticks: str
    info: str


@dataclass
class PageMarks:
    """What the fences of one page need to know about the rest of it."""
    page: Page
    placeholders: bool                              # the extension's option of that name
    sections: set = field(default_factory=set)      # N of every `#line-N` heading


def fences(lines):
    """Every fenced block, outermost only, in order."""
    found, opened = [], None
    for number, line in enumerate(lines):
        m = FENCE.match(line)
        if opened is None:
            if m and not (m["ticks"][0] == "`" and "`" in m["info"]):
                opened = (number, m)
        elif m and m["ticks"][0] == opened[1]["ticks"][0] and len(m["ticks"]) >= len(opened[1]["ticks"]) \
                and not m["info"].strip():
            start, o = opened
            found.append(Fence(start, number, o["indent"], o["ticks"], o["info"].strip()))
            opened = None
    return found


def with_attributes(fence, attributes):
    """The fence's first line with `attributes` (written as in an attribute list) added."""
    m = BRACES.match(fence.info)
    if m:
        inside = m["inside"].strip()
    else:
        language, _, options = fence.info.partition(" ")
        inside = f".{language} {options.strip()}".strip()
    return f"{fence.indent}{fence.ticks} {{ {inside} {attributes} }}"


class Marks(Preprocessor):
    """Runs before pymdownx.superfences; `marks` holds what it found on the page."""

    def __init__(self, md, placeholders):
        super().__init__(md)
        self.placeholders = placeholders

    def run(self, lines):
        self.marks = PageMarks(current(self.md), self.placeholders)
        offset = first_line(self.marks.page, lines)
        for line in lines:
            self.marks.sections.update(int(n) for n in SECTION.findall(line))
        blocks = fences(lines)
        embeds = {fence.start: self.checked(fence, offset) for fence in blocks
                  if fence.info.startswith(grammar.LANGUAGE) and grammar.OPENING.match(lines[fence.start])}
        mode = next((embed.name for embed in embeds.values() if embed.kind == "blocks"), "alone")
        runnable = 0
        for index, fence in enumerate(blocks):
            embed = embeds.get(fence.start)
            if fence.info == "python":
                file, output = "snippet.py", self.snippet_output(lines, fence, blocks[index + 1:])
            elif embed is not None and embed.kind == "listing":
                file, output = f"{embed.name}.py", self.printed_by(embed.name, blocks[index + 1:])
            else:
                continue
            runnable += 1
            marks = f'data-run="{mode}" data-run-file="{file}"'
            if output is not None:
                marks += f' data-run-expected="nn11-printed-{runnable}"'
                lines[output.start] = with_attributes(output, f"#nn11-printed-{runnable}")
            lines[fence.start] = with_attributes(fence, marks)
        return lines

    def checked(self, fence, offset):
        where = f"{self.marks.page.source or 'a page'}, line {fence.start + offset}"
        try:
            options = grammar.read_options(grammar.OPENING.match(
                f"{fence.ticks}{fence.info}")["options"])
            # a figure's or a program's name is checked where it will be drawn or run
            return grammar.parse(options, None if self.placeholders else generated_blocks.names)
        except grammar.GrammarError as fault:
            raise grammar.GrammarError(f"{where}: {fault}") from None

    @staticmethod
    def snippet_output(lines, fence, later):
        """The block right after the expected-output marker that follows the snippet."""
        rest = [n for n in range(fence.end + 1, len(lines)) if lines[n].strip()]
        if len(rest) >= 2 and lines[rest[0]].strip() == EXPECTED_OUTPUT and later \
                and later[0].start == rest[1]:
            return later[0]
        return None

    @staticmethod
    def printed_by(name, later):
        title = f'title="printed by {name}.py"'
        return next((fence for fence in later if title in fence.info), None)
