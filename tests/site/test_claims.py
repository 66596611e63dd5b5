"""The claims page: every testable claim of the original, each tested, each with a verdict.

The snippets and their printed outputs are checked by pytest-codeblocks like every page's.
These tests check the page's structure (a verdict per claim, the summary table agreeing with
the sections, a snippet with its output under every claim, or a link to the page where that
snippet lives) and that the prose around a claim says what its snippets print.
"""
import re

import pytest

from nn11site.paths import DOCS, LISTINGS_DIR as LISTINGS, ROOT
from markdown_blocks import blocks

PAGE = DOCS / "claims.md"
VERDICTS = {"holds": "success", "holds loosely": "warning", "does not hold": "failure"}
# the original's testable claims (BRIEF.md lists eighteen), and the sign of line 32's error
CLAIMS = {"slope-identity", "slope-range", "slope-points", "first-column", "xor-columns",
          "mean-zero", "shapes", "rows", "line-39-sum", "weight-directions",
          "xor-no-hidden-layer", "part1-output", "part2-errors", "hidden-correlation",
          "stacked", "eleven-lines", "weight-9-5", "l1-first-last", "error-sign"}
EXPECTED = "<!--pytest-codeblocks:expected-output-->"
OUTPUT = "``` { .text .no-copy .output }\n"
LINK = re.compile(r"\]\((?P<page>[\w-]+\.md)#(?P<anchor>[\w-]+)\)")


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


def the_test(section):
    """The claim's **The test.** paragraph."""
    return section.split("**The test.**", 1)[1].split("\n\n", 1)[0]


def section_of(page, anchor):
    """The Markdown of the section `{ #anchor }` of a page, up to the next heading as deep."""
    text = (DOCS / page).read_text(encoding="utf-8")
    m = re.search(rf"^(#+) .*\{{ #{anchor} \}}$", text, re.M)
    assert m, f"{page} has no section #{anchor}"
    end = re.compile(rf"^#{{1,{len(m.group(1))}}} ", re.M).search(text, m.end())
    return text[m.start():end.start() if end else len(text)]


def printed_after(section, marker):
    """The output block under the snippet whose output starts with `marker`."""
    outputs = re.findall(r"``` \{ \.text \.no-copy \.output \}\n(.*?)```", section, re.S)
    return next(output for output in outputs if output.startswith(marker))


def test_every_claim_of_the_brief_has_a_section():
    assert set(sections()) == CLAIMS
    assert len(CLAIMS - {"error-sign"}) == 18


@pytest.mark.parametrize("anchor", sorted(CLAIMS))
def test_claim_has_one_verdict_and_a_snippet_with_its_output(anchor):
    section = sections()[anchor]
    verdict(section)
    assert "**The claim.**" in section and "**The test.**" in section
    runnable = [b for b in blocks(PAGE) if b.collected_by_codeblocks and b.body in section]
    for block in runnable:
        after = section[section.index(block.body) + len(block.body):]
        assert after.startswith("```\n\n" + EXPECTED + "\n" + OUTPUT), "each snippet shows what it prints"
        printed = after.split(OUTPUT, 1)[1].split("```", 1)[0]
        assert printed.strip(), "an empty output block: run tools/write_outputs.py"
    if runnable:
        return
    # no snippet here: the test paragraph links to the section of another page that runs one
    links = LINK.findall(the_test(section))
    assert links, "no snippet here, and no link to one elsewhere"
    page, target = links[0]
    elsewhere = section_of(page, target)
    runs_a_snippet = "```python\n" in elsewhere and EXPECTED in elsewhere
    shows_a_listings_output = re.search(r'--8<-- "\w+\.out"', elsewhere)
    assert runs_a_snippet or shows_a_listings_output, f"{page}#{target} runs nothing"


def test_summary_table_agrees_with_the_sections():
    text = PAGE.read_text(encoding="utf-8")
    rows = re.findall(r"^\| \[[^\]]+\]\(#([\w-]+)\) \| [^|]+ \| \[[^\]]+\]\(([^)]+)\) \| ([^|]+?) \|$",
                      text, re.M)
    assert [anchor for anchor, _, _ in rows] == list(sections()), "one row per claim, in page order"
    for anchor, checked, said in rows:
        section = sections()[anchor]
        assert said == verdict(section), anchor
        runs_here = any(b.collected_by_codeblocks and b.body in section for b in blocks(PAGE))
        where = f"#{anchor}" if runs_here else "#".join(LINK.findall(the_test(section))[0])
        assert checked == where, f"{anchor}: the table's 'Checked' link is not where the test lives"


def test_rows_prose_matches_what_the_snippets_print():
    section = sections()["rows"]
    table = printed_after(section, "repeats   rows  mean miss  guesses")
    rows = [line.split() for line in table.splitlines()[1:]]
    broken = [(int(r[0]), int(r[1])) for r in rows if float(r[2]) >= 0.5]
    learned = [(int(r[0]), int(r[1])) for r in rows if float(r[2]) < 0.01]
    assert broken[0] == (100, 400) and max(learned) == (99, 396)
    assert "At\n**100 repeats, 400 rows**" in section and "up to 99 repeats (396 rows)" in section
    assert all(r[3:] == ["1.0000"] * 4 for r in rows if float(r[2]) >= 0.5), \
        "the prose says every guess is 1 where it fails"
    fixed = printed_after(section, "repeats   rows  mean miss, mean update")
    for line in fixed.splitlines()[1:]:
        _, rows_count, mean_update, rate = line.split()
        assert float(mean_update) < 0.02 and float(rate) < 0.01, line


def test_the_rows_story_is_told_once_and_linked_from_elsewhere():
    # Part 1's line 28 raises it, Questions and Next steps lean on it: each sends the reader
    # to the one telling on this page instead of measuring it again its own way
    for page, anchor in [("part1.md", "line-28"), ("questions.md", "learning-rate"),
                         ("next-steps.md", "mini-batches")]:
        assert "(claims.md#rows)" in section_of(page, anchor), f"{page}#{anchor}"
    for page in sorted(DOCS.glob("*.md")):
        if page.name != "claims.md":
            text = page.read_text(encoding="utf-8")
            assert "iterations stuck" not in text and "iterations_to_learn(repeats" not in text, \
                f"{page.name} measures the repeated rows again"


def test_quoted_outputs_are_what_the_listings_print():
    part1 = (LISTINGS / "part1.out").read_text()
    for number in re.findall(r"0\.\d{8}", the_claim(sections()["part1-output"])):
        assert number in part1, number
    part2 = (LISTINGS / "part2.out").read_text()
    quoted = re.findall(r"0\.\d{9,}", the_claim(sections()["part2-errors"]))
    assert [f"Error:{number}" for number in quoted] == re.findall(r"Error:\S+", part2)


def the_claim(section):
    return section.split("**The claim.**", 1)[1].split("**The test.**", 1)[0]


def test_numbers_quoted_from_other_pages_are_printed_there():
    takeaways = printed_after(section_of("part1.md", "takeaways"), "target 0")
    ends = [line.split()[2] for line in takeaways.splitlines()[3:]]   # the "end" column
    assert ends == ["+9.67", "-0.21", "-4.63"]
    assert "9.67, −0.21 and −4.63" in sections()["weight-9-5"]
    slopes = section_of("part1.md", "line-36a")
    for x, slope, share in [("-1", "0.1966", "79%"), (" 2", "0.1050", "42%"), (" 0", "0.2500", "100%")]:
        assert f"input {x}: output" in slopes and f"slope {slope} ({share} of the steepest)" in slopes
    assert "0.1966 at x = −1 (79 %)" in sections()["slope-points"]
    places = section_of("part1.md", "places-to-look")
    assert "        0  0.2690  0.3638  0.2376  0.3263" in places
    assert "     9999  0.0097  0.0079  0.9936  0.9921" in places


def test_hidden_correlation_verdict_follows_the_numbers():
    table = printed_after(sections()["hidden-correlation"], "hidden node 1")
    r = [float(line.split()[-1]) for line in table.splitlines()]
    assert r[0] > r[1] > 0, "node 1 correlates more than the node the original singles out"
    run = printed_after(section_of("part2.md", "correlation"), "correlation with y")
    nodes = [line.split()[3:] for line in run.splitlines()[1:5]]   # start, end, weight in syn1
    start, end, weight = ([float(node[i]) for node in nodes] for i in range(3))
    assert max(map(abs, start)) == 0.11 and min(map(abs, end)) == 0.39 and max(map(abs, end)) == 0.56
    # the node the real run amplifies most is the one that starts most correlated
    most = [max(range(4), key=lambda n, v=values: abs(v[n])) for values in (start, end, weight)]
    assert most == [2, 2, 2], "node 3 leads at the start, at the end and in syn1"
    assert "most correlated at the start: node 3; at the end: node 3; largest weight: node 3" in run
