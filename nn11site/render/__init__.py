"""The Markdown extension that renders everything a page embeds (AUTHORING.md), while the
page's Markdown is rendered, so that every builder that runs Python-Markdown extensions
(MkDocs, Zensical) gives the same page. Listed in mkdocs.yml after pymdownx.superfences:

    markdown_extensions:
      - pymdownx.superfences
      - nn11site.render

It adds to superfences a fence for the grammar's ```nn11 blocks and a formatter for every
other fence (nn11site.render.code_blocks), and a preprocessor that runs first
(nn11site.render.marks). It keeps nothing between pages: what it learns of a page is held by
that page's Markdown instance."""
from markdown import Extension
from pymdownx.superfences import SuperFencesCodeExtension, SuperFencesException

from nn11site.render import code_blocks, generated_blocks, grammar, listing_blocks
from nn11site.render.marks import Marks

# after pymdownx.snippets (32) has included what it includes, before superfences (25)
MARKS_PRIORITY = 28


def validate(language, inputs, options, attrs, md):
    """superfences' validator for ```nn11: the grammar's options; data-* ones (written by
    Marks) go on the block."""
    for key, value in inputs.items():
        (attrs if key.startswith("data-") else options)[key] = value
    try:
        options["embed"] = grammar.parse({k: v for k, v in options.items() if k != "embed"})
    except grammar.GrammarError as fault:
        raise SuperFencesException(str(fault)) from fault
    return True


def format_embed(src="", language="", md=None, options=None, classes=None, id_value="", attrs=None):
    embed = options["embed"]
    if embed.kind == "blocks":
        return ""   # read by Marks; it shows nothing
    marks = md.preprocessors["nn11"].marks
    if embed.kind in ("listing", "excerpt"):
        first, code = listing_blocks.source(embed)
        attributes = {**(attrs or {}), "style": code_blocks.size(code, embed.kind == "listing")}
        return (listing_blocks.render(embed, marks.page, marks.sections, attributes,
                                      listing_blocks.python_lexer(md))
                + code_blocks.run_bar(attrs or {}))
    return generated_blocks.render(embed, marks.page, marks.placeholders)


class Nn11Extension(Extension):
    def __init__(self, **kwargs):
        self.config = {
            "placeholders": [False, "figures, explorers and networks as comments: nothing is "
                                    "run or drawn (nn11site.word_count renders pages so)"],
        }
        super().__init__(**kwargs)

    def extendMarkdown(self, md):
        superfences = next((ext for ext in md.registeredExtensions
                            if isinstance(ext, SuperFencesCodeExtension)), None)
        if superfences is None:
            raise ValueError("nn11site.render: list pymdownx.superfences before it in markdown_extensions")
        superfences.extend_super_fences("*", code_blocks.format_block, _checked_highlight, None)
        superfences.extend_super_fences(grammar.LANGUAGE, format_embed, validate, None)
        md.preprocessors.register(Marks(md, self.getConfig("placeholders")), "nn11", MARKS_PRIORITY)


def _checked_highlight(language, inputs, options, attrs, md):
    # superfences' own validator for highlighted fences, as its default fence uses it
    from pymdownx.superfences import _validator, highlight_validator
    return _validator(language, inputs, options, attrs, md, validator=highlight_validator)


def makeExtension(**kwargs):
    return Nn11Extension(**kwargs)
