"""The site's build (a Markdown extension and a MkDocs plugin), and what the tests and the
contributor tools share with it.

`render`: the Markdown extension that renders what a page embeds (AUTHORING.md).
`mkdocs_plugin`: the one MkDocs plugin. `generated_files` and `generate`: the figures' SVGs
and the explorer's data as files. `paths`: where things are. `listings`: the three programs
and which page shows each. `traces`: running a listing and keeping what its loop computed.
`site`: building and serving the site. `chromium`: which Chromium to drive. `notebook`: the
notebook's generator. `figures`: the figures, drawn from runs of the listings. `explorer`:
the training explorer and the network diagrams. `templates`: their HTML. `build_cache` and
`build_inputs`: keeping slow build results under a key of what feeds them. The README's
install command installs the package in editable mode (`pip install ... -e .`), so MkDocs,
Zensical and the tools import it by name; the tests find it through pytest's `pythonpath`
too, so the program tests need no install.
"""
