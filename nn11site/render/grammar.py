"""The one grammar for what a page embeds (AUTHORING.md): a fence written ```nn11 with named
options. This module reads and checks a fence's options; it knows nothing of HTML, so the
notebook's builder reads its source with it too."""
import re
from dataclasses import dataclass

from nn11site.listings import LISTINGS

LANGUAGE = "nn11"
# what a block may show; an excerpt alone takes lines="..."; `blocks` shows nothing: it says
# whether the page's runnable blocks build on each other
KINDS = ("listing", "excerpt", "figure", "explorer", "network", "blocks")
RUN_MODES = ("alone", "together")
# an opening fence of this grammar, at any indentation, as the preprocessor meets it
OPENING = re.compile(rf"^\s*(?P<ticks>`{{3,}}|~{{3,}})\s*{LANGUAGE}\b(?P<options>.*)$")
OPTION = re.compile(r'(?P<key>[a-zA-Z][\w-]*)="(?P<value>[^"]*)"')
LINES = re.compile(r"(?P<first>\d+)(?:-(?P<last>\d+))?")


class GrammarError(ValueError):
    """A block that asks for something the site cannot show."""


@dataclass(frozen=True)
class Embed:
    kind: str           # one of KINDS
    name: str           # a listing, a figure's or a program's name
    first: int = 0      # an excerpt's lines, as written
    last: int = 0


def read_options(text):
    """The key="value" pairs of a fence's first line, complaining of anything else on it."""
    options = dict(OPTION.findall(text))
    leftover = OPTION.sub("", text).strip()
    if leftover:
        raise GrammarError(f"cannot read {leftover!r}: options are written key=\"value\"")
    return options


def parse(options, names=None):
    """The Embed a fence's options ask for. `names`, when given, says which names a figure,
    an explorer or a network may take: names(kind) -> list (asked only for the block's kind,
    since knowing them costs an import)."""
    kinds = [key for key in options if key in KINDS]
    unknown = [key for key in options if key not in KINDS and key != "lines"]
    if unknown:
        raise GrammarError(f"unknown option {unknown[0]!r} (known: {', '.join(KINDS)}, lines)")
    if len(kinds) != 1:
        raise GrammarError(f"a block shows one of {', '.join(KINDS)}; this one asks for "
                           f"{' and '.join(kinds) or 'none'}")
    kind = kinds[0]
    name = options[kind]
    if kind == "excerpt" and "lines" not in options:
        raise GrammarError(f'an excerpt of {name} needs its lines, as lines="14-17"')
    if kind != "excerpt" and "lines" in options:
        raise GrammarError(f"a {kind} takes no lines (an excerpt does)")
    if kind == "blocks" and name not in RUN_MODES:
        raise GrammarError(f'blocks="{name}": a page\'s blocks run "alone" (the default) or "together"')
    if kind in ("listing", "excerpt"):
        return _listing(kind, name, options.get("lines"))
    known = RUN_MODES if kind == "blocks" else names(kind) if names else None
    if known is not None and name not in known:
        raise GrammarError(f"no {kind} called {name!r} (known: {', '.join(known)})")
    return Embed(kind, name)


def _listing(kind, name, lines):
    if name not in LISTINGS:
        raise GrammarError(f"no listing called {name!r} (known: {', '.join(LISTINGS)})")
    if kind == "listing":
        return Embed(kind, name)
    m = LINES.fullmatch(lines)
    if not m:
        raise GrammarError(f'lines="{lines}" is not a line or a range such as "14-17"')
    first, last = int(m["first"]), int(m["last"] or m["first"])
    if not 1 <= first <= last <= len(LISTINGS[name].lines()):
        raise GrammarError(f"{name} has no lines {first}-{last} "
                           f"(it has {len(LISTINGS[name].lines())})")
    return Embed(kind, name, first, last)
