"""The training explorer and the network figures, from real runs of the listings.

At every build each program runs through nn11site.traces, which keeps its weights at the top
of every iteration (nn11site.explorer.data decides, in one place, which iterations the
explorer offers). Their weights, and the lines the program printed, are written exactly to
explorer/<program>.json; in the browser docs/javascripts/explorer.js recomputes an iteration's
other arrays from its weights, with the program's own formulas.

What a page or a build calls:

    programs()                 the programs there are an explorer for: part1, part2, nn11
    start()                    begin the runs in the background (optional: a build calls it
                               early so that they overlap the rendering of pages)
    render(program, page_url)  the explorer's HTML, with its style, for the page at
                               `page_url` (its link to the data is relative to it)
    network(program)           the static figure of the program's trained network
    paths() / files()          the data files' paths in the site / {path: text}
"""
from nn11site import build_cache
from nn11site.explorer import diagram
from nn11site.explorer.data import PROGRAMS, data_json
from nn11site.explorer.html import FOLDER, explorer_html
from nn11site.explorer.runs import record_all_in_a_process
from nn11site.listings import LISTINGS


def programs():
    return list(PROGRAMS)


def start():
    """The runs' Future: {program: its recorded run}, from the listings as they are now."""
    return build_cache.start("explorer", record_all_in_a_process, ["nn11site.explorer.runs"],
                             [listing.path for listing in LISTINGS.values()])


def _recorded(program):
    if program not in PROGRAMS:
        raise ValueError(f"no program called {program!r} (there are {', '.join(PROGRAMS)})")
    return start().result()[program]


def render(program, page_url):
    return explorer_html(program, _recorded(program), page_url)


def network(program):
    final = _recorded(program)["final"]
    title = PROGRAMS[program]["title"]
    layers = " → ".join(map(str, diagram.layer_sizes(final)))
    caption = (f"{title[0].upper() + title[1:]}'s {layers} network after training, drawn from "
               "the run: blue edges are positive weights, orange ones negative, and the wider "
               "an edge, the larger its weight.")
    return diagram.figure(final, title, caption)


def paths():
    return [f"{FOLDER}/{name}.json" for name in PROGRAMS]


def files():
    recorded = start().result()
    return {f"{FOLDER}/{name}.json": data_json(recorded[name]) for name in PROGRAMS}
