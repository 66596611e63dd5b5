"""The site's palette as a figure file needs it: read from docs/stylesheets/nn11.css, where
every colour a drawing uses is defined once, for Material's light scheme (`:root`) and its
dark one (`[data-md-color-scheme="slate"]`).

Inline in a page a figure takes the page's variables. Its file opened on its own has no page
around it, so it carries the two sets itself: the light one, and the dark one where the
system prefers dark. The style sheet is parsed with tinycss2, a CSS parser, rather than
searched by pattern, so a comment or a reordering in nn11.css cannot mislead it.
"""
import tinycss2

from nn11site.paths import DOCS

STYLESHEET = DOCS / "stylesheets" / "nn11.css"
PREFIX = "nn11-fig-"
RULES = {"light": ":root", "dark": '[data-md-color-scheme="slate"]'}


def colours():
    """{"light": {variable: value}, "dark": {...}}: the palette's declarations, as written."""
    found = {scheme: {} for scheme in RULES}
    rules = tinycss2.parse_stylesheet(STYLESHEET.read_text(encoding="utf-8"),
                                      skip_comments=True, skip_whitespace=True)
    for rule in rules:
        if rule.type != "qualified-rule":
            continue
        selector = tinycss2.serialize(rule.prelude).strip()
        for scheme, wanted in RULES.items():
            if selector != wanted:
                continue
            for item in tinycss2.parse_blocks_contents(rule.content, skip_comments=True,
                                                       skip_whitespace=True):
                if item.type == "declaration" and item.name.startswith(f"--{PREFIX}"):
                    found[scheme][item.name[2:]] = tinycss2.serialize(item.value).strip()
    if not found["light"]:
        raise ValueError(f"{STYLESHEET}: no --{PREFIX}* colours in a `{RULES['light']}` rule")
    return found


def standalone_style():
    """The CSS a figure file carries: both sets, and the system's scheme for its canvas."""
    sets = colours()

    def declarations(scheme):
        return "".join(f"--{name}:{value};" for name, value in sets[scheme].items())

    return (":root{color-scheme:light dark;" + declarations("light")
            + "font-family:var(--md-text-font-family, sans-serif)}"
            + "@media (prefers-color-scheme: dark){:root{" + declarations("dark") + "}}")
