"""The files made from the programs that the pages link to or fetch: the figures' SVGs and
the explorer's data (figures/<name>.svg, explorer/<program>.json in the site).

They are made by the same code for every builder, and delivered in one of two ways:

* `write(folder)`: into a folder, at their paths in the site. `python -m nn11site.generate`
  writes them into docs/ (git-ignored there), for a builder that runs no MkDocs plugin
  (Zensical), which copies them as it copies any file of docs/.
* `announce` and `fill`, for the nn11 MkDocs plugin: the files join MkDocs' own as soon as
  it collects them, so that links to them validate while the pages render, and get their
  content once made. So `mkdocs build` and `mkdocs serve` need no generation command, and
  never write into docs/ (which `mkdocs serve` watches: a write there would start another
  build).
"""
from pathlib import Path

from nn11site import explorer, figures


def start():
    """Begin making them in the background, so that the work overlaps the pages' rendering."""
    figures.start()
    explorer.start()


def paths():
    """Their paths in the site, known before any is made."""
    return [*figures.paths(), *explorer.paths()]


def contents():
    """{path in the site: text} of every file, made from the listings as they are now."""
    start()
    return {**figures.files(), **explorer.files()}


def write(folder):
    """Write every file under `folder`, at its path in the site; returns the paths written."""
    written = []
    for path, text in contents().items():
        target = Path(folder) / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        written.append(target)
    return written


def announce(files, config):
    """Add an empty file per path to MkDocs' files, in place of a copy that `write` left in
    docs/ (made from the listings as they were then); returns the files added."""
    from mkdocs.structure.files import File  # MkDocs only where MkDocs builds

    made = []
    for path in paths():
        left = files.get_file_from_path(path)
        if left is not None:
            files.remove(left)
        made.append(File.generated(config, path, content=b""))
        files.append(made[-1])
    return made


def fill(made):
    """Give each announced file its content."""
    text = contents()
    for file in made:
        file.content_string = text[file.src_uri]
