"""Part 1, Part 2 and the eleven lines end with three to five "predict, then run" exercises.

Each answer sits in a collapsed `??? question` block (pymdownx.details), and its code is run
by pytest-codeblocks like any other block: the plugin reads fences indented inside the
block, and compares what they print with the expected output that follows.
"""
import re

import pytest
from markdown_blocks import dedent_like_codeblocks
from pytest_codeblocks.main import extract_from_file

from nn11site.paths import ROOT

PAGES = ["part1", "part2", "eleven-lines"]
ANSWER = re.compile(r'^\?\?\? question "Answer"\n(?P<body>(?:\n|    .*\n)+)', re.M)


def exercises(page):
    text = (ROOT / "docs" / f"{page}.md").read_text(encoding="utf-8")
    start = text.index("## Exercises: predict, then run { #exercises }")
    end = text.find("\n## ", start + 1)
    return text[start:end if end != -1 else len(text)]


@pytest.mark.parametrize("page", PAGES)
def test_three_to_five_exercises_each_with_a_collapsed_answer_that_runs(page):
    answers = [m["body"] for m in ANSWER.finditer(exercises(page))]
    assert 3 <= len(answers) <= 5
    collected = {block.code: block for block in extract_from_file(ROOT / "docs" / f"{page}.md")
                 if block.syntax == "python"}
    for body in answers:
        code = re.search(r"^    ```python\n(.*?)^    ```$", body, re.S | re.M)
        assert code, "an answer without a snippet"
        block = collected.get(dedent_like_codeblocks(code.group(1), 4))
        assert block is not None, "pytest-codeblocks does not collect this answer's code"
        assert block.expected_output and block.expected_output.strip(), \
            "the answer's printed output is not compared"


@pytest.mark.parametrize("page", PAGES)
def test_answers_are_collapsed_on_the_built_page(built_site, page):
    html = (built_site / page / "index.html").read_text(encoding="utf-8")
    section = html[html.index('id="exercises"'):]
    details = re.findall(r"<details class=\"question\"( open)?>(.*?)</details>", section, re.S)
    assert len(details) == len(ANSWER.findall(exercises(page)))
    for opened, body in details:
        assert not opened, "an answer shows before the reader asks for it"
        assert '<code>' in body and 'class="language-python highlight"' in body
