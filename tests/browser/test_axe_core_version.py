"""The accessibility checks run axe-core as the PyPI package axe-playwright-python ships it
(pinned in requirements.txt), so that they need no Node. Its version is named here: a new
pin that brings another axe-core, with rules of its own, is then a change someone sees."""
import re

from browsing import AXE, AXE_CORE_VERSION


def test_axe_playwright_python_ships_the_axe_core_named_here():
    header = AXE.read_text(encoding="utf-8")[:200]
    found = re.match(r"/\*! axe v(\d+\.\d+\.\d+)\b", header)
    assert found, header
    assert found.group(1) == AXE_CORE_VERSION
