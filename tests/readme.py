"""The README's fenced blocks, read the way pytest-codeblocks reads them."""
import re

from nn11site.paths import ROOT

README = ROOT / "README.md"


def fenced_blocks(text, syntax):
    """Contents of every ```<syntax> block, in order."""
    pattern = re.compile(r"^```" + re.escape(syntax) + r"\n(.*?)^```$", re.S | re.M)
    return [match.group(1) for match in pattern.finditer(text)]


def setup_commands():
    """The README's two set-up commands: install and serve, then run every test."""
    section = README.read_text(encoding="utf-8").split("## Set up", 1)[1].split("\n## ", 1)[0]
    commands = [block.strip() for block in fenced_blocks(section, "sh")]
    assert len(commands) == 2, "the README promises exactly two set-up commands"
    return commands
