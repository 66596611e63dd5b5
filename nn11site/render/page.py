"""The page being rendered, as each builder tells a Markdown extension about it.

Python-Markdown knows nothing of pages. MkDocs registers a tree processor, "relpath", that
holds the page's file; Zensical registers a preprocessor, "rendering_context", that holds the
page. Both build one Markdown instance per page, so asking the instance is asking the page.
Rendered by neither (the word count, a test), a page is at the site's root, unnamed."""
import posixpath
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Page:
    source: str     # the Markdown file, relative to docs/ ("part1.md"), or "" when unknown
    url: str        # its address relative to the site's root ("part1/")
    file: Path | None = None    # the file itself, to say on which line a fault is
    # Zensical rewrites every link of the rendered HTML that names a Markdown file, raw HTML's
    # included, relative to the source; MkDocs rewrites only the links Markdown wrote
    links_to_sources: bool = False


def current(md):
    if "relpath" in md.treeprocessors:      # MkDocs
        file = md.treeprocessors["relpath"].file
        return Page(file.src_uri, file.url, Path(file.abs_src_path) if file.abs_src_path else None)
    if "rendering_context" in md.preprocessors:     # Zensical
        context = md.preprocessors["rendering_context"]
        docs = Path(context.config.get("docs_dir", "docs"))
        return Page(context.page.path, url_of(context.page.path), docs / context.page.path,
                    links_to_sources=True)
    return Page("", "")


def url_of(source):
    """The address of a page of docs/ (directory URLs, as both builders make them)."""
    stem = source.removesuffix(".md")
    if stem == "index":
        return ""
    return stem.removesuffix("/index") + "/"


def link(page, source, fragment):
    """A link from `page` to `#fragment` on the page made from `source`."""
    target = url_of(source)
    if target == page.url:
        return f"#{fragment}"
    if page.links_to_sources:
        return f"{posixpath.relpath(source, posixpath.dirname(page.source) or '.')}#{fragment}"
    relative = posixpath.relpath(target or ".", page.url or ".")
    relative = "" if relative == "." else relative + "/"
    return f"{relative}#{fragment}"


def first_line(page, lines):
    """The line of the page's file that the Markdown's first line is (the builders take the
    front matter away before Markdown sees the page)."""
    if page.file is None or not page.file.is_file():
        return 1
    written = page.file.read_text(encoding="utf-8").splitlines()
    if lines and written[-len(lines):] == lines:
        return len(written) - len(lines) + 1
    return 1
