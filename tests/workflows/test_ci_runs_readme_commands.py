"""CI runs the README's commands, not a copy of them that could drift."""
import re

from readme import README, fenced_blocks, setup_commands

from nn11site.listings import LISTINGS
from nn11site.paths import ROOT


def ci_variable(name):
    text = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    return re.search(rf"^{name}='(.*)'$", text, re.M).group(1)


def test_ci_serve_command_is_readmes():
    assert ci_variable("SERVE_COMMAND") == setup_commands()[0]


def test_ci_test_command_is_readmes():
    assert ci_variable("TEST_COMMAND") == setup_commands()[1]


def test_readme_shows_nn11_exactly():
    blocks = fenced_blocks(README.read_text(encoding="utf-8"), "python")
    assert blocks[0] == LISTINGS["nn11"].path.read_text(encoding="utf-8")


def test_readme_shows_what_nn11_prints():
    # the block pytest-codeblocks compares with what the README's python block prints
    blocks = fenced_blocks(README.read_text(encoding="utf-8"), "text")
    assert blocks[0] == LISTINGS["nn11"].output.read_text(encoding="utf-8")
