"""Files that a hook makes during the build, listed early and written late.

A hook that makes files from work done in the background (the figures, the explorer's data)
lists them as soon as MkDocs collects the files, so that links to them validate while the
pages render, and gives them their content once the work is done (in on_env).
"""
from mkdocs.structure.files import File


def announce(files, config, folder, names, suffix):
    """Add an empty file `folder/<name><suffix>` per name to the build's files; returns them."""
    made = [File.generated(config, f"{folder}/{name}{suffix}", content=b"") for name in names]
    for file in made:
        files.append(file)
    return made
