"""Files made during the build (figures, the explorer's data): listed early, written late, or
written into a folder.

Under MkDocs, the files are listed as soon as MkDocs collects the files, so that links to them
validate while the pages render, and get their content once the work is done (in on_env).
`write` puts the same files into a folder, for a build that reads them from there.
"""
from pathlib import Path


def announce(files, config, paths):
    """Add an empty file per path (in the site) to the build's files; returns them."""
    # imported here: `write` serves builds that have no MkDocs (Zensical)
    from mkdocs.structure.files import File

    made = [File.generated(config, path, content=b"") for path in paths]
    for file in made:
        files.append(file)
    return made


def fill(made, contents):
    """Give each announced file its content, from {path in the site: text}."""
    for file in made:
        file.content_string = contents[file.src_uri]


def write(folder):
    """Write every generated file (figure SVGs, explorer data) under `folder`, at its path in
    the site; returns the paths written."""
    from nn11site import explorer, figures  # the slow imports, only when files are wanted

    explorer.start()
    written = []
    for path, text in {**figures.files(), **explorer.files()}.items():
        target = Path(folder) / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        written.append(target)
    return written
