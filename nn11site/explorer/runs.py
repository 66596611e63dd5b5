"""The three programs' recorded runs (nn11site.explorer.data.record), made in a process of
their own.

A process, not a thread: the runs redirect stdout to keep what the programs print, which in a
thread beside the figures' drawing would swap sys.stdout under each other; and a process uses
the second core while MkDocs renders. Spawned, not forked: a fork taken while another thread
holds a lock can hang the child. The new interpreter imports nn11site by name (installed, or
the checkout's: see pyproject.toml).
"""
import multiprocessing
import traceback

import numpy as np

from nn11site.explorer.data import PROGRAMS, record


def record_all():
    """{program: its recorded run}, each with the weights its first kept iteration starts from."""
    return {name: _with_first_weights(record(name)) for name in PROGRAMS}


def _with_first_weights(recorded):
    data = recorded["data"]
    recorded["first_weights"] = {
        w: np.array(data["weights"][w][0]).reshape(data["shapes"][w]) for w in data["shapes"]}
    return recorded


def _send_all(pipe):
    try:
        pipe.send((True, record_all()))
    except BaseException:  # noqa: BLE001 - reported, and raised, in the build
        pipe.send((False, traceback.format_exc()))


def record_all_in_a_process():
    """record_all(), run in a spawned process; its failure raised here with its traceback."""
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_send_all, args=(sender,), daemon=True)
    process.start()
    ok, value = receiver.recv()
    process.join()
    if not ok:
        raise RuntimeError("the explorer's runs failed:\n" + value)
    return value
