"""The listings keep the original's line numbers, and nn11.py keeps its eleven lines.

The walkthrough cites lines by number ("line 36 is the secret sauce"). These maps give,
for every line of each listing, the exact code it must hold, or whether it is blank or a
comment (comments are ours, so only their place is fixed, not their words).
"""
import pytest

from nn11site.listings import LISTINGS

BLANK, COMMENT = object(), object()

PART1 = {
    1: "import numpy as np", 2: BLANK, 3: COMMENT,
    4: "def nonlin(x,deriv=False):",
    5: "    if(deriv==True):",
    6: "        return x*(1-x)",
    7: "    return 1/(1+np.exp(-x))",
    8: BLANK, 9: COMMENT,
    10: "X = np.array([  [0,0,1],",
    11: "                [0,1,1],",
    12: "                [1,0,1],",
    13: "                [1,1,1] ])",
    14: BLANK, 15: COMMENT,
    16: "y = np.array([[0,0,1,1]]).T",
    17: BLANK, 18: COMMENT, 19: COMMENT,
    20: "np.random.seed(1)",
    21: BLANK, 22: COMMENT,
    23: "syn0 = 2*np.random.random((3,1)) - 1",
    24: BLANK,
    25: "for iter in range(10000):",
    26: BLANK, 27: COMMENT,
    28: "    l0 = X",
    29: "    l1 = nonlin(np.dot(l0,syn0))",
    30: BLANK, 31: COMMENT,
    32: "    l1_error = y - l1",
    33: BLANK, 34: COMMENT, 35: COMMENT,
    36: "    l1_delta = l1_error * nonlin(l1,True)",
    37: BLANK, 38: COMMENT,
    39: "    syn0 += np.dot(l0.T,l1_delta)",
    40: BLANK,
    41: 'print("Output After Training:")',
    42: "print(l1)",
}

PART2 = {
    1: "import numpy as np", 2: BLANK,
    3: "def nonlin(x,deriv=False):",
    4: "    if(deriv==True):",
    5: "        return x*(1-x)",
    6: BLANK,
    7: "    return 1/(1+np.exp(-x))",
    8: BLANK,
    9: "X = np.array([[0,0,1],",
    10: "            [0,1,1],",
    11: "            [1,0,1],",
    12: "            [1,1,1]])",
    13: BLANK,
    14: "y = np.array([[0],",
    15: "            [1],",
    16: "            [1],",
    17: "            [0]])",
    18: BLANK,
    19: "np.random.seed(1)",
    20: BLANK, 21: COMMENT,
    22: "syn0 = 2*np.random.random((3,4)) - 1",
    23: "syn1 = 2*np.random.random((4,1)) - 1",
    24: BLANK,
    25: "for j in range(60000):",
    26: BLANK, 27: COMMENT,
    28: "    l0 = X",
    29: "    l1 = nonlin(np.dot(l0,syn0))",
    30: "    l2 = nonlin(np.dot(l1,syn1))",
    31: BLANK, 32: COMMENT,
    33: "    l2_error = y - l2",
    34: BLANK,
    35: "    if (j% 10000) == 0:",
    36: '        print("Error:" + format(np.mean(np.abs(l2_error)), ".12g"))',
    37: BLANK, 38: COMMENT, 39: COMMENT,
    40: "    l2_delta = l2_error*nonlin(l2,deriv=True)",
    41: BLANK, 42: COMMENT,
    43: "    l1_error = l2_delta.dot(syn1.T)",
    44: BLANK, 45: COMMENT, 46: COMMENT,
    47: "    l1_delta = l1_error * nonlin(l1,deriv=True)",
    48: BLANK,
    49: "    syn1 += l1.T.dot(l2_delta)",
    50: "    syn0 += l0.T.dot(l1_delta)",
    # after the article's 50 lines: the trained predictions
    51: BLANK,
    52: 'print("Output After Training:")',
    53: "print(l2)",
}

# The original's eleven lines, ported to Python 3 (xrange -> range) and nothing else.
ELEVEN = [
    "X = np.array([ [0,0,1],[0,1,1],[1,0,1],[1,1,1] ])",
    "y = np.array([[0,1,1,0]]).T",
    "syn0 = 2*np.random.random((3,4)) - 1",
    "syn1 = 2*np.random.random((4,1)) - 1",
    "for j in range(60000):",
    "    l1 = 1/(1+np.exp(-(np.dot(X,syn0))))",
    "    l2 = 1/(1+np.exp(-(np.dot(l1,syn1))))",
    "    l2_delta = (y - l2)*(l2*(1-l2))",
    "    l1_delta = l2_delta.dot(syn1.T) * (l1 * (1-l1))",
    "    syn1 += l1.T.dot(l2_delta)",
    "    syn0 += X.T.dot(l1_delta)",
]


def kind_of(line):
    if not line.strip():
        return BLANK
    if line.lstrip().startswith("#"):
        return COMMENT
    return line.rstrip()


@pytest.mark.parametrize(("name", "line_map"), [("part1", PART1), ("part2", PART2)])
def test_listing_line_holds_cited_statement(name, line_map):
    lines = LISTINGS[name].lines()
    assert len(lines) == len(line_map)
    for number, expected in line_map.items():
        got = kind_of(lines[number - 1])
        assert got is expected or got == expected, f"{name} line {number}: {lines[number - 1]!r}"


@pytest.mark.parametrize("name", sorted(LISTINGS))
def test_listing_uses_spaces_not_tabs(name):
    text = LISTINGS[name].path.read_text(encoding="utf-8")
    assert "\t" not in text
    assert all(line == line.rstrip() for line in text.splitlines()), "trailing white space"


def test_nn11_is_eleven_lines_plus_import_seed_print():
    code = [line for line in LISTINGS["nn11"].lines() if kind_of(line) not in (BLANK, COMMENT)]
    assert code == ["import numpy as np", "np.random.seed(1)", *ELEVEN, "print(l2)"]


def test_nn11_comment_header_is_short():
    lines = LISTINGS["nn11"].lines()
    header = [line for line in lines if kind_of(line) is COMMENT]
    assert lines[:len(header)] == header, "comments belong in the header only"
    assert len(header) <= 3
