"""The claims page: every testable claim of the original, each with a verdict, the reason in
a line and a link to the snippet that tests it.

The snippets and their printed outputs are checked by pytest-codeblocks like every page's.
These tests check the page's structure (one row per claim of the original, a verdict in
each, a link to a section that runs a snippet or shows a listing's output, a printed output
under every snippet the page keeps) and that the prose says what its snippets print.
"""
import re

import pytest
from markdown_blocks import blocks
from page_sections import printed_after, prose, section_of

from nn11site.listings import LISTINGS as PROGRAMS
from nn11site.paths import DOCS
from nn11site.paths import LISTINGS_DIR as LISTINGS
from nn11site.traces import trace

LISTINGS_PART1 = PROGRAMS["part1"].path
PAGE = DOCS / "claims.md"
VERDICTS = {"holds", "holds loosely", "does not hold"}
# the original's testable claims (BRIEF.md lists twenty-two), and the sign of line 32's error
CLAIMS = {"slope-identity", "slope-range", "slope-points", "first-column", "xor-columns",
          "mean-zero", "shapes", "rows", "line-39-sum", "weight-directions",
          "xor-no-hidden-layer", "part1-output", "part2-errors", "hidden-correlation",
          "stacked", "eleven-lines", "weight-9-5", "l1-first-last", "error-sign",
          "confidence-weighting", "notebook", "contribution-weighted-error", "probability"}
# the claims whose test no other page runs: their programs are sections of this page
HERE = {"rows", "hidden-correlation"}
EXPECTED = "<!--pytest-codeblocks:expected-output-->"
OUTPUT = "``` { .text .no-copy .output }\n"
ROW = re.compile(r"^\| (?:<span id=\"(?P<id>[\w-]+)\"></span>)?(?P<claim>[^|]+?) \| (?P<verdict>[^|]+?) \| "
                 r"(?P<why>[^|]+?) \| \[[^\]]+\]\((?P<link>[^)]+)\) \|$", re.M)


def table():
    """{claim's anchor: its row}: a row's anchor is its own id, or the section it links to."""
    found = {}
    for row in ROW.finditer(PAGE.read_text(encoding="utf-8")):
        anchor = row["id"] or row["link"].lstrip("#")
        assert anchor not in found, f"two rows for {anchor}"
        found[anchor] = row
    return found


def sections():
    text = PAGE.read_text(encoding="utf-8")
    found = {}
    for part in re.split(r"^(?=## )", text, flags=re.M)[1:]:
        anchor = re.match(r"## .*\{ #([\w-]+) \}", part)
        assert anchor, part.splitlines()[0]
        found[anchor.group(1)] = part
    return found


def test_every_claim_of_the_brief_has_a_row():
    assert set(table()) == CLAIMS
    assert len(CLAIMS - {"error-sign"}) == 22


@pytest.mark.parametrize("anchor", sorted(CLAIMS))
def test_claim_has_a_verdict_a_reason_and_a_link_to_a_test_that_runs(anchor):
    row = table()[anchor]
    assert row["verdict"] in VERDICTS, row["verdict"]
    assert len(row["why"].split()) >= 5, "a reason in a line"
    link = row["link"]
    if anchor in HERE:
        assert link == f"#{anchor}" and row["id"] is None, "its program follows the table"
        return
    assert row["id"] == anchor and not link.startswith("#"), "tested on the page that teaches it"
    page, target = link.split("#")
    elsewhere = section_of(page, target)
    runs_a_snippet = "```python\n" in elsewhere and EXPECTED in elsewhere
    shows_a_listings_output = re.search(r'--8<-- "\w+\.out"', elsewhere)
    assert runs_a_snippet or shows_a_listings_output, f"{page}#{target} runs nothing"


@pytest.mark.parametrize("anchor", sorted(HERE))
def test_a_claim_tested_here_has_its_snippets_and_their_outputs(anchor):
    section = sections()[anchor]
    runnable = [b for b in blocks(PAGE) if b.collected_by_codeblocks and b.body in section]
    assert runnable, "no snippet under a claim tested on this page"
    for block in runnable:
        after = section[section.index(block.body) + len(block.body):]
        assert after.startswith("```\n\n" + EXPECTED + "\n" + OUTPUT), "each snippet shows what it prints"
        printed = after.split(OUTPUT, 1)[1].split("```", 1)[0]
        assert printed.strip(), "an empty output block: run tools/write_outputs.py"


def test_only_the_claims_no_other_page_tests_have_a_section():
    assert set(sections()) == HERE


def test_rows_prose_matches_what_the_snippets_print():
    section = sections()["rows"]
    printed = printed_after(section, "repeats  rows  all right from")
    rows = [line.replace(",", "").split() for line in printed.splitlines()[1:]]
    size = {int(r[0]): (int(r[1]), int(r[2]), float(r[3]), r[4:]) for r in rows}
    # after the listing's 10,000 iterations: learned exactly where the climb back was shorter
    for repeats, (_, recovered, miss, guesses) in size.items():
        assert (miss < 0.01) == (recovered < 10000), repeats
        if miss >= 0.01:
            assert miss == 0.5 and guesses == ["1.0000"] * 4, "the prose says every guess is 1"
    broken = [(r, size[r][0]) for r in size if size[r][2] >= 0.5]
    learned = [(r, size[r][0]) for r in size if size[r][2] < 0.01]
    assert broken[0] == (100, 400) and max(learned) == (99, 396)
    # the climb grows smoothly, about doubling every five repeats: no threshold but the budget's
    climbs = [size[r][1] for r in sorted(size) if r >= 25]
    assert climbs == sorted(climbs) and len(set(climbs)) == len(climbs)
    for repeats in [100, 105]:
        assert 1.8 < size[repeats + 5][1] / size[repeats][1] < 2.2
    text = prose(section)
    for repeats, quoted in [(50, "17 iterations at 50 repeats"), (90, "2,760 at 90"),
                            (100, "11,027 at 100"), (105, "22,134 at 105"), (110, "44,536 at 110")]:
        assert quoted in text and f"{size[repeats][1]:,}" in quoted
    assert "passes the listing's 10,000 iterations between 99 and 100 repeats" in text
    assert "396 rows look learned and 400 look broken" in text
    # past the first step: the next update's size, and exactly 0 once every guess rounds to 1
    first = printed_after(section, "repeats   rows  weights after step 1")
    steps = {int(line.split()[0]): line for line in first.splitlines()[1:]}
    assert steps[250].endswith("up to 6e-14") and "6e-14" in text
    assert [r for r, line in steps.items() if line.endswith("exactly 0")] == [254, 2500]
    assert all(line.split("]")[1].split()[:2] == ["0e+00", "0e+00"]
               for r, line in steps.items() if r >= 254)
    assert "From 254 repeats (1,016 rows) on, 64-bit floats round every guess to exactly 1.0" in text
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
            assert "iterations stuck" not in text and "iterations_to_learn(repeats" not in text \
                and "all right from" not in text, f"{page.name} measures the repeated rows again"


def test_quoted_outputs_are_what_the_listings_print():
    part1 = (LISTINGS / "part1.out").read_text()
    quoted = re.findall(r"0\.\d{8}", table()["part1-output"]["claim"])
    assert len(quoted) == 4 and all(number in part1 for number in quoted)
    part2 = (LISTINGS / "part2.out").read_text()
    quoted = re.findall(r"0\.\d{9,}", table()["part2-errors"]["claim"])
    assert [f"Error:{number}" for number in quoted] == re.findall(r"Error:\S+", part2)


def test_numbers_quoted_from_other_pages_are_printed_there():
    takeaways = printed_after(section_of("part1.md", "takeaways"), "target 0")
    ends = [line.split()[2] for line in takeaways.splitlines()[3:]]   # the "end" column
    assert ends == ["+9.67", "-0.21", "-4.63"]
    assert "9.67, −0.21 and −4.63" in table()["weight-9-5"]["why"]
    slopes = section_of("part1.md", "line-36a")
    for x, slope, share in [("-1", "0.1966", "79%"), (" 2", "0.1050", "42%"), (" 0", "0.2500", "100%")]:
        assert f"input {x}: output" in slopes and f"slope {slope} ({share} of the steepest)" in slopes
    assert "0.1966 at x = −1 (79 %)" in table()["slope-points"]["why"]
    assert "0.1050 at x = 2 (42 %)" in table()["slope-points"]["why"]
    places = section_of("part1.md", "places-to-look")
    assert "        0  0.2690  0.3638  0.2376  0.3263" in places
    assert "     9999  0.0097  0.0079  0.9936  0.9921" in places
    draws = printed_after(section_of("part1.md", "line-23"), "syn0:")
    assert "mean -0.0001" in draws and "their mean: -0.2417" in draws
    assert "a million draws average −0.0001; three average −0.24" in table()["mean-zero"]["why"]
    derivative = printed_after(section_of("part1.md", "line-5"), "    x   measured slope")
    assert derivative.rstrip().endswith("off by up to 42") and "off by up to 42" in table()["slope-identity"]["why"]
    sigmoid = printed_after(section_of("part1.md", "line-4"), "nonlin(-6)")
    assert "nonlin(37) is exactly 1: True" in sigmoid and "1.0 from x = 37" in table()["probability"]["why"]


def test_hidden_correlation_verdict_follows_the_numbers():
    own = printed_after(sections()["hidden-correlation"], "hidden node 1")
    r = [float(line.split()[-1]) for line in own.splitlines()]
    assert r[0] > r[1] > 0, "node 1 correlates more than the node the original singles out"
    run = printed_after(section_of("part2.md", "correlation"), "correlation with y")
    nodes = [line.split()[3:] for line in run.splitlines()[1:5]]   # start, end, weight in syn1
    start, end, weight = ([float(node[i]) for node in nodes] for i in range(3))
    assert max(map(abs, start)) == 0.11 and min(map(abs, end)) == 0.39 and max(map(abs, end)) == 0.56
    # the node the real run amplifies most is the one that starts most correlated
    most = [max(range(4), key=lambda n, v=values: abs(v[n])) for values in (start, end, weight)]
    assert most == [2, 2, 2], "node 3 leads at the start, at the end and in syn1"
    assert "most correlated at the start: node 3; at the end: node 3; largest weight: node 3" in run
    text = prose(sections()["hidden-correlation"])
    assert "node 3, the one that starts most correlated (−0.11), ends the most (−0.56) and gets " \
           "the largest weight in `syn1` (−10.32)" in text
    assert f"{weight[2]:+.2f}" == "-10.32"


def repeated_rows(repeats):
    """Part 1's own listing, its four rows and targets repeated: run two iterations."""
    tiled = {10: f"X = np.tile(np.array([[0,0,1],[0,1,1],[1,0,1],[1,1,1]]), ({repeats}, 1))",
             11: "", 12: "", 13: "",
             16: f"y = np.tile(np.array([[0,0,1,1]]).T, ({repeats}, 1))"}
    run = trace(LISTINGS_PART1, names=["syn0", "l1"], steps=2, replace=tiled, at={1})
    top_of_second, after = run.before
    # after the loop, l1 holds the second iteration's guesses, made with the first update
    return after["l1"], after["syn0"] - top_of_second["syn0"]


def test_from_254_repeats_the_guesses_are_exactly_1_and_training_stops():
    # the page prints 250, 254 and 2,500 repeats; the listing itself, at every size between
    for repeats in [*range(246, 262), 400, 1000, 2500]:
        guesses, second_update = repeated_rows(repeats)
        stuck = not second_update.any()
        assert stuck == (repeats >= 254), repeats
        assert (guesses == 1.0).all() == stuck, "stuck exactly when every guess rounds to 1"
