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


def test_without_a_hidden_layer_the_network_combines_inputs_but_draws_one_straight_cut():
    section = section_of("part2.md", "part1-stuck")
    printed = printed_after(section, "targets")
    rows = {}
    for line in printed.splitlines()[1:5]:
        name, rest = line.split(" [", 1)
        targets = [int(t) for t in rest.split("]")[0].split(",")]
        guesses = [float(g) for g in rest.split("]", 1)[1].split("[")[0].split()]
        rows[name.strip()] = (targets, guesses)
    for name in ["AND", "OR", "x1 and not x2"]:
        targets, guesses = rows[name]
        assert [g > 0.5 for g in guesses] == [t == 1 for t in targets], f"{name} is learned"
    assert rows["XOR"][1] == [0.5] * 4 and printed.splitlines()[4].endswith("[0. 0. 0.]")
    assert "XOR, 68,921 choices of three weights: at most 3 of 4 rows right" in printed
    text = prose(section)
    assert "does combine its inputs" in text and "one straight cut" in text
    assert "It learns AND, OR and \"input 1 but not input 2\", and gives up on XOR" in text


def test_part2_another_seed_grows_other_hidden_nodes():
    section = section_of("part2.md", "exercises")
    printed = printed_after(section, "seed 1: guesses")
    lines = printed.splitlines()
    seed2 = lines[lines.index(next(line for line in lines if line.startswith("seed 2"))):]
    syn1 = [float(w) for w in re.search(r"syn1 \[(.*)\]", seed2[0]).group(1).split()]
    hidden = [[float(v) for v in line.split()] for line in seed2[2:6]]
    node = list(zip(*hidden, strict=True))   # node[n]: node n + 1's value in each row
    assert [v > 0.5 for v in node[1]] == [True, False, False, False], "node 2: on in row 1 only"
    assert [v > 0.5 for v in node[3]] == [True, True, True, False], "node 4: on but in the last row"
    assert sorted(range(4), key=lambda n: -abs(syn1[n]))[:2] == [1, 3], "nodes 2 and 4 weigh most"
    assert max(node[0]) < 0.5 and syn1[0] == -0.59 and min(map(abs, syn1)) == 0.59
    text = prose(section)
    assert "node 2 is on only in the first row and node 4 in all but the last" in text
    assert "(its weight is −0.59)" in text
