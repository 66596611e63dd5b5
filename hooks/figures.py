"""MkDocs hook: the figures (nn11site.figures) in the pages that ask for them, until the
Markdown extension does it. A page asks with an image whose alt text is empty:
`![](figures/sigmoid.svg)`; the file is added to the site too."""
import re

from nn11site import figures, generated_files

IMAGE = re.compile(r'(?:<p>\s*)?<img alt="" src="(?:\.\./)*figures/(?P<name>[\w-]+)\.svg"\s*/?>(?:\s*</p>)?')
_files = []


def on_files(files, config):
    figures.start()  # drawn while the pages render
    _files[:] = generated_files.announce(files, config, figures.paths())
    return files


def on_page_content(html, page, config, files):
    leftover = re.search(r'<img (?!alt="" )[^>]*src="[^"]*figures/[^"]+"[^>]*>', html)
    if leftover:
        raise ValueError(f"{page.file.src_uri}: a figure image with an alt text of its own: {leftover[0]}")
    try:
        return IMAGE.sub(lambda m: figures.render(m["name"]), html)
    except ValueError as error:
        raise ValueError(f"{page.file.src_uri}: {error}") from error


def on_env(env, config, files):
    generated_files.fill(_files, figures.files())
    return env
