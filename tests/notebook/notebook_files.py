"""Where the notebook lives, and what its cells must hold."""
from nn11site.listings import LISTINGS

# the notebook tells the story in this order
ORDER = ["part1", "part2", "nn11"]


def listing_text(name):
    return LISTINGS[name].path.read_text(encoding="utf-8")


def expected_output(name):
    return LISTINGS[name].expected_output()


def owner(cell_source):
    """Which listing a code cell is a verbatim, contiguous piece of (None if none)."""
    owners = [name for name in ORDER if cell_source in listing_text(name)]
    return owners[0] if len(owners) == 1 else None
