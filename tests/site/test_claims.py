"""The claims page: every testable claim of the original, each tested, each with a verdict.

The snippets and their printed outputs are checked by pytest-codeblocks like every page's.
These tests check the page's structure (a verdict per claim, the summary table agreeing with
the sections, a snippet with its output under every claim) and that the prose around the
rows claim says what its snippets print.
"""
import re

import pytest

from nn11site.paths import ROOT
from markdown_blocks import blocks

PAGE = ROOT / "docs" / "claims.md"
VERDICTS = {"holds": "success", "holds loosely": "warning", "does not hold": "failure"}
# the claims the site promises to check (issue 4), by section id
CLAIMS = {"slope-identity", "slope-range", "first-column", "mean-zero", "rows", "shapes",
          "error-sign", "line-39-sum", "weight-directions", "xor-columns",
          "xor-no-hidden-layer", "eleven-lines"}
EXPECTED = "<!--pytest-codeblocks:expected-output-->"


def sections():
    text = PAGE.read_text(encoding="utf-8")
    found = {}
    for part in re.split(r"^(?=## )", text, flags=re.M)[1:]:
        anchor = re.match(r"## .*\{ #([\w-]+) \}", part)
        assert anchor, part.splitlines()[0]
        found[anchor.group(1)] = part
    return found


def verdict(section):
    found = re.findall(r'^!!! (\w+) "Verdict: ([^"]+)"', section, re.M)
    assert len(found) == 1, "one verdict per claim"
    kind, said = found[0]
    assert said in VERDICTS and VERDICTS[said] == kind, (kind, said)
    return said


def test_every_promised_claim_has_a_section():
    assert set(sections()) == CLAIMS


@pytest.mark.parametrize("anchor", sorted(CLAIMS))
def test_claim_has_one_verdict_and_a_snippet_with_its_output(anchor):
    section = sections()[anchor]
    verdict(section)
    assert "**The claim.**" in section and "**The test.**" in section
    runnable = [b for b in blocks(PAGE) if b.collected_by_codeblocks and b.body in section]
    assert runnable, "no snippet tests this claim"
    for block in runnable:
        after = section[section.index(block.body) + len(block.body):]
        assert after.startswith("```\n\n" + EXPECTED + "\n``` { .text .no-copy .output }\n"), \
            "each snippet shows what it prints"
        printed = after.split("``` { .text .no-copy .output }\n", 1)[1].split("```", 1)[0]
        assert printed.strip(), "an empty output block: run tools/write_outputs.py"


def test_summary_table_agrees_with_the_sections():
    text = PAGE.read_text(encoding="utf-8")
    rows = re.findall(r"^\| \[[^\]]+\]\(#([\w-]+)\) \| [^|]+ \| ([^|]+?) \|$", text, re.M)
    assert [anchor for anchor, _ in rows] == list(sections()), "one row per claim, in page order"
    for anchor, said in rows:
        assert said == verdict(sections()[anchor]), anchor


def printed_after(section, marker):
    """The output block under the snippet whose output starts with `marker`."""
    outputs = re.findall(r"``` \{ \.text \.no-copy \.output \}\n(.*?)```", section, re.S)
    return next(output for output in outputs if output.startswith(marker))


def test_rows_prose_matches_what_the_snippets_print():
    section = sections()["rows"]
    table = printed_after(section, "repeats   rows  mean miss  iterations stuck")
    rows = [line.split() for line in table.splitlines()[1:]]
    broken = [(int(r[0]), int(r[1])) for r in rows if float(r[2]) >= 0.5]
    learned = [(int(r[0]), int(r[1])) for r in rows if float(r[2]) < 0.01]
    assert broken[0] == (100, 400) and max(learned) == (99, 396)
    assert "At **100 repeats,\n400 rows**" in section and "up to 99 repeats (396 rows)" in section
    fixed = printed_after(section, "repeats   rows  mean miss, mean update")
    for line in fixed.splitlines()[1:]:
        _, rows_count, mean_update, rate = line.split()
        assert float(mean_update) < 0.02 and float(rate) < 0.01, line
    # Part 1's line-28 note sends readers here, with the same number
    part1 = (ROOT / "docs" / "part1.md").read_text(encoding="utf-8")
    note = part1[part1.index("{ #line-28 }"):part1.index("{ #line-29 }")]
    assert "from 400 rows on" in note and "(claims.md#rows)" in note
