"""The explanations say what the snippets under them print: each corrected statement of issue
18 is held here to the numbers on its page, so that neither can change without the other."""
import re

from page_sections import printed_after, prose, section_of


def table(output, skip=1):
    """The rows of a printed table, split on whitespace, header lines skipped."""
    return [line.split() for line in output.splitlines()[skip:] if line.strip()]


def test_line36_the_delta_follows_the_miss_as_much_as_the_slope():
    section = section_of("part1.md", "line-36b")
    rows = table(printed_after(section, "row  guess"))
    guess, slope, delta, after = ([float(r[i]) for r in rows] for i in (1, 3, 4, 5))
    by_size = sorted(range(4), key=lambda r: -abs(delta[r]))
    steepest, flattest = slope.index(max(slope)), slope.index(min(slope))
    assert (steepest, by_size.index(steepest)) == (1, 2), "row 2: steepest slope, third-largest delta"
    assert (flattest, by_size.index(flattest)) == (2, 1), "row 3: flattest slope, second-largest delta"
    negative = [r for r in range(4) if delta[r] < 0]
    assert negative == [0, 1] and all(after[r] > guess[r] for r in negative), \
        "rows 1 and 2 rise although their deltas are negative"
    text = prose(section)
    assert "Row 2's guess has the steepest slope and gets only the third-largest delta" in text
    assert "row 3's has the flattest and gets the second-largest" in text
    assert "rows 1 and 2 have negative deltas, yet both guesses rise" in text


def test_line36_the_largest_delta_is_at_a_third_not_a_half():
    section = section_of("part1.md", "line-36b")
    deltas = printed_after(section, "guess   delta, target 1")
    assert "the largest delta for target 1 is at g = 0.3333, for target 0 at g = 0.6667" in deltas
    rows = {r[0]: (float(r[1]), float(r[2])) for r in table(deltas) if r[0][0].isdigit()}
    assert rows["0.333"][0] > rows["0.500"][0] > rows["0.990"][0]
    assert rows["0.010"][0] < 0.1 * rows["0.500"][0], "confidently wrong: barely moved"
    assert rows["0.990"][0] < 0.001, "confidently right: left alone"
    assert "The largest delta goes to a guess of 1/3 (2/3 for a target of 0), not 0.5" in prose(section)


def test_the_sigmoid_reaches_1_in_float64_and_its_slope_0():
    values = printed_after(section_of("part1.md", "line-4"), "nonlin(-6)")
    assert "nonlin(36) is exactly 1: False\nnonlin(37) is exactly 1: True" in values
    assert "strictly between 0 and 1" in prose(section_of("part1.md", "line-4"))
    assert "from x = 37 on, `nonlin` returns exactly 1.0" in prose(section_of("part1.md", "line-4"))
    slopes = printed_after(section_of("part1.md", "line-36a"), "input -1")
    assert "slopes from 0.0000 to 0.2500, the largest at x = 0.0" in slopes
    assert "the slope at x = 37: 0.0" in slopes


def test_takeaways_say_how_far_each_weight_moved():
    section = section_of("part1.md", "takeaways")
    printed = printed_after(section, "target 0")
    assert printed.startswith("target 0: an example always pushes down\n"
                              "target 1: an example always pushes up\n")
    rows = {line.split()[0]: re.findall(r"[-+]?[\d,]*\d(?:\.\d+)?", line)
            for line in printed.splitlines()[3:]}
    start, end, low, at = (float(v.replace(",", "")) for v in rows["2"][1:5])
    ups, up_by, downs, down_by = rows["2"][5:9]
    assert end < start and low < end, "weight 2 ends below its start, above its lowest"
    assert (ups, downs, at) == ("9,661", "339", 341)
    assert (up_by, down_by) == ("0.11", "0.76")
    assert "Weight 2 went up 9,661 times and still ended below its start: its 339 steps down, " \
           "all by update 341, took 0.76 off, and all its steps up gave back 0.11" in prose(section)
    assert [rows["1"][2], rows["2"][2], rows["3"][2]] == ["+9.67", "-0.21", "-4.63"]


def test_another_seed_changes_the_trained_weights_in_the_third_or_fourth_decimal():
    printed = printed_after(section_of("part1.md", "exercises"), "seed 1: starts at")
    ends = [[float(v) for v in re.search(r"ends at \[(.*)\]", line).group(1).split()]
            for line in printed.splitlines()]
    for weight in range(3):
        values = [end[weight] for end in ends]
        assert len({round(v, 2) for v in values}) == 1, "the same to two decimals"
    assert len({tuple(end) for end in ends}) == 3, "but not the same weights"
    assert "agree to two decimals and part at the third or fourth" in prose(section_of("part1.md", "exercises"))
