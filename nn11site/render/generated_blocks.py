"""A figure, the training explorer or a network drawing as a page shows it: the markup of
nn11site.figures and nn11site.explorer, placed where the page's ```nn11 block asks.

Both packages are imported only when a block asks for one of them (matplotlib and the
programs' runs are the build's slow part). With the extension's `placeholders` option on
(nn11site.word_count renders pages so, to count their words) a block becomes a comment
instead: nothing is run or drawn, and no word is added."""

KINDS = ("figure", "explorer", "network")


def names(kind):
    """The names a block of `kind` may take."""
    if kind == "figure":
        from nn11site import figures
        return figures.names()
    from nn11site import explorer
    return explorer.programs()


def render(embed, page, placeholders=False):
    """The block's HTML on `page` (nn11site.render.page.Page)."""
    if placeholders:
        return f'<!-- nn11 {embed.kind}="{embed.name}" -->'
    if embed.kind == "figure":
        from nn11site import figures
        return figures.render(embed.name)
    from nn11site import explorer
    if embed.kind == "explorer":
        return explorer.render(embed.name, page.url)
    return explorer.network(embed.name)
