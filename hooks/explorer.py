"""MkDocs hook: the training explorer and the network figures (nn11site.explorer) in the pages
that ask for them, until the Markdown extension does it. A page asks with a comment on a line
of its own: `<!-- nn11:explorer part1 -->` or `<!-- nn11:network part1 -->`."""
import re

from nn11site import explorer, generated_files

MARKER = re.compile(r"(?:<p>)?<!-- nn11:(?P<kind>explorer|network) (?P<name>\w+) -->(?:</p>)?")
_files = []


def on_files(files, config):
    explorer.start()  # run while the pages render
    _files[:] = generated_files.announce(files, config, explorer.paths())
    return files


def _markup(m, page):
    try:
        return (explorer.render(m["name"], page.url) if m["kind"] == "explorer"
                else explorer.network(m["name"]))
    except ValueError as error:
        raise ValueError(f"{page.file.src_uri}: {error}") from error


def on_page_content(html, page, config, files):
    return MARKER.sub(lambda m: _markup(m, page), html)


def on_env(env, config, files):
    generated_files.fill(_files, explorer.files())
    return env
