"""A Pygments filter that keeps only the differences a reader can see in a Python block.

Pygments gives every name, operator and run of spaces a token of its own, and the HTML
formatter wraps each token in a span: most of a long page's elements were such spans. But in
Material's stylesheet a plain name and a constant such as None (`.n`, `.kc`) take the code's
own colour, as unstyled text does; an operator and a punctuation mark (`.o`, `.p`) take one
colour; and whitespace shows no colour at all. So this filter

* makes plain names, those constants and whitespace plain text (no span),
* makes operators punctuation, and
* gives the spaces between two tokens of one kind on one line that kind,

and the formatter, which already puts neighbouring tokens of one kind in one span, then writes
far fewer spans with the same colours (tests/site/test_code_tokens.py compares them). The
other kinds (keywords, numbers, strings, comments, functions, builtins, `in`/`and`, ...) keep
their own classes.

Registered with Pygments as `nn11-reader-tokens` (pyproject.toml), so that mkdocs.yml can
name it among pymdownx.highlight's options for Python, under MkDocs and Zensical alike.
"""
from pygments.filter import Filter
from pygments.token import Keyword, Name, Operator, Punctuation, Text, Whitespace

# a token kind -> the kind it is shown as, where the two look the same
SEEN_AS = {Name: Text, Keyword.Constant: Text, Whitespace: Text, Operator: Punctuation}


def blank(kind, value):
    return kind in Text and not value.strip()


class ReaderTokens(Filter):
    def filter(self, lexer, stream):
        previous = None     # the kind of the last token that shows something
        spaces = []         # blank tokens since then
        for kind, value in stream:
            kind = SEEN_AS.get(kind, kind)
            if blank(kind, value):
                spaces.append(value)
                continue
            if spaces:
                joined = "".join(spaces)
                # a span ends at a line's end anyway: only spaces within a line join
                yield (kind if kind == previous and "\n" not in joined else Text), joined
                spaces = []
            yield kind, value
            previous = kind
        if spaces:
            yield Text, "".join(spaces)
