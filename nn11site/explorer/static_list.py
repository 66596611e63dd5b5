"""The explorer for a reader without JavaScript: each line of the loop with what it holds at
the first and the last iteration (the loop's first line: the weights each starts from), side
by side where the page has the room, one under the other where it has not."""
import numpy as np

from nn11site import templates
from nn11site.explorer.data import shape_of, shown_rows


def static_list(recorded, program):
    data = recorded["data"]
    at_start = {at: {w: np.array(data["weights"][w][k]).reshape(data["shapes"][w])
                     for w in program["weights"]} for at, k in (("first", 0), ("last", -1))}
    items = []
    for step in recorded["steps"]:
        if step["kind"] == "for":
            shown_at = {at: [(f"{w} as it starts, {shape_of(m)}", shown_rows(m)) for w, m in at_start[at].items()]
                        for at in at_start}
        elif step["kind"] == "array":
            shown_at = {at: [(None, shown_rows(recorded[at][step["name"]]))] for at in ("first", "last")}
        else:
            continue
        items.append({**step, "at": shown_at})
    return templates.render(__package__, "static.html", items=items,
                            when={"first": data["iterations"][0], "last": data["iterations"][-1]})
