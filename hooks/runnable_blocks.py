"""Mark every Python block that the tests run, so the reader can Run and Edit it in the page.

The tests run two kinds of Python block: the snippets (fences written exactly ```python, which
pytest-codeblocks executes) and the three listings (`data-listing` includes of the files that
tests/programs runs). Excerpts of a listing (`data-excerpt`) are fragments and never run
alone. The notebook page's code cells are run by its build and by tests/notebook.

Each runnable block gets, at build time, everything the browser needs, so that
Run and Edit (docs/javascripts/run-block.js reads them) never guesses:

* `data-run`: "alone" (the block starts from a clean namespace, as pytest-codeblocks runs
  it) or "together" (the page's blocks build on each other: they run in order in one
  namespace, as a notebook's cells share one kernel);
* `data-run-file`: the file name to suggest when the block is run on the reader's computer
  (the listing's own name, or snippet.py);
* `data-run-expected`: the id of the output block that shows what it prints, when the page
  shows one (a snippet's expected-output block, a listing's "printed by" block, a notebook
  cell's output), which Run compares with what it prints;

and a bar with the Run and Edit buttons right after it. The bar is in the HTML from the
start, so nothing moves when the script arrives; without JavaScript it keeps its room but
is not shown (nn11.css), since its buttons would do nothing.

A page says that its blocks build on each other with `runnable_blocks: together` in its front
matter; the notebook page always does, because its cells do.
"""
import re

NOTEBOOK = "notebook.ipynb"
TOGETHER = "together"

OPENING = re.compile(r'<div class="language-python highlight"(?P<attrs>[^>]*)>')
ATTRIBUTE = re.compile(r'\bdata-(?P<kind>listing|excerpt)="(?P<name>\w+)"')
# pytest-codeblocks' marker survives into the HTML as a comment before the expected output
# (in a paragraph of its own inside an admonition or a collapsed answer); a notebook cell's
# output simply follows it
SNIPPET_OUTPUT = re.compile(r'\s*(?:<p>)?<!--pytest-codeblocks:expected-output-->\s*'
                            r'<div class="[^"]*\boutput\b[^"]*"')
CELL_OUTPUT = re.compile(r'\s*<div class="[^"]*\boutput\b[^"]*"')

# (data-search-exclude: the buttons' labels are no words to search for)
BAR = ('<div class="nn11-run" role="group" aria-label="{label}" data-search-exclude>'
       '<button type="button" class="nn11-run__button" data-run-action="run">Run</button>'
       '<button type="button" class="nn11-run__button" data-run-action="edit">Edit</button>'
       '</div>')


def mode(page):
    if page.file.src_uri == NOTEBOOK:
        return TOGETHER
    value = page.meta.get("runnable_blocks", "alone")
    if value not in ("alone", TOGETHER):
        raise ValueError(f"{page.file.src_uri}: runnable_blocks is {value!r}; "
                         f"it may be 'alone' (the default) or 'together'")
    return value


def block_end(html, start):
    """Where the block that opens at `start` ends (a numbered block's code sits in a table)."""
    end = html.index("</code></pre></div>", start) + len("</code></pre></div>")
    table = "</td></tr></table></div>"
    return end + len(table) if html.startswith(table, end) else end


def listing_output(html, name, after):
    """The "printed by <name>.py" block after a listing, wherever the prose puts it."""
    m = re.compile(r'<div class="[^"]*\boutput\b[^"]*"[^>]*><span class="filename">'
                   rf'printed by {re.escape(name)}\.py</span>').search(html, after)
    return m.start() if m else None


def on_page_content(html, page, config, files):
    together = mode(page)
    insertions = []  # (position, text), applied from the end so positions stay valid
    runnable = 0
    for m in OPENING.finditer(html):
        attrs = ATTRIBUTE.search(m["attrs"])
        if attrs and attrs["kind"] == "excerpt":
            continue
        end = block_end(html, m.start())
        if attrs:  # a whole listing
            name = f'{attrs["name"]}.py'
            output = listing_output(html, attrs["name"], end)
        else:
            name = "snippet.py"
            found = (CELL_OUTPUT if page.file.src_uri == NOTEBOOK else SNIPPET_OUTPUT).match(html, end)
            output = html.index("<div", end) if found else None
        runnable += 1
        marks = f' data-run="{together}" data-run-file="{name}"'
        if output is not None:
            output_id = f"nn11-printed-{runnable}"
            marks += f' data-run-expected="{output_id}"'
            # at the end of its opening tag: code_block_sizes.py expects `<div class=` first
            insertions.append((html.index(">", output), f' id="{output_id}"'))
        insertions.append((m.end() - 1, marks))
        label = f"Run or edit {name}" if attrs else "Run or edit this snippet"
        insertions.append((end, BAR.format(label=label)))
    for position, text in sorted(insertions, key=lambda item: item[0], reverse=True):
        html = html[:position] + text + html[position:]
    return html
