"""Material for MkDocs 9.7's instant navigation, mended for one bug its makers have fixed only
in Zensical (zensical/ui issue 154, commit 897ac64).

The bug: the first link a reader follows to a heading of the page they are on, after the page
was loaded in full, makes Material fetch that page again and put it in place of the one shown.
The reader loses what they did on it (an edited block, its output, a running Python, the
explorer's iteration), and every script's hold on the page's elements goes stale. Material
keeps where the reader is in a stream of addresses, and fetches a page whenever the path
differs from the last one in that stream; the first address has no last one.

Material 9.7 is no longer maintained, so the fix is made here, as Zensical's is: the stream
starts from the address the page was loaded at, and a new heading on the same page is
scrolled to without a fetch. It is applied to the theme's minified bundle as MkDocs copies it
into the site (the nn11 plugin); the names in a minified bundle change with every release,
so they are read from the code around each change. If a release changes that code, the
build stops here and says so, rather than shipping the bug unnoticed. Zensical needs none of
this, and runs no MkDocs plugin.
"""
import re

BUNDLE = re.compile(r"assets/javascripts/bundle\.[0-9a-f]+\.min\.js")

# `document$ = location$.pipe(distinctUntilKeyChanged("pathname"), switchMap(url =>
# requestHTML(url, {progress$}).pipe(catchError(() => (setLocation(url, true), EMPTY)))), ...`
FETCH_ON_NEW_PATH = re.compile(
    r"let (?P<document>\w+)=(?P<location>\w+)\.pipe\("
    r"(?P<distinct>\w+\(\"pathname\"\)),"
    r"(?P<switch>\w+)\((?P<url>\w+)=>\w+\((?P=url),\{progress\$:\w+\}\)"
    r"\.pipe\(\w+\(\(\)=>\(\w+\((?P=url),!0\),(?P<empty>\w+)\)\)\)\)")


class MaterialChanged(Exception):
    """The bundle is not the code this fix was written for."""


def mend(bundle):
    """The bundle's text with the fix made; raises MaterialChanged if it cannot be made."""
    found = list(FETCH_ON_NEW_PATH.finditer(bundle))
    if len(found) != 1:
        raise MaterialChanged(
            f"nn11site/instant_anchor_fix.py: found Material's page fetch {len(found)} times in "
            "its bundle, not once. A new Material release? See whether it still fetches the page "
            "again on the first link to a heading, and mend or drop this fix.")
    fetch = found[0]
    # the statement after document$'s: `return merge(document$.pipe(...), ...).subscribe(scroll)`
    scroll = re.compile(r"[^;]*;return (\w+)\(" + re.escape(fetch["document"]) + r"\.pipe\(")
    restore = scroll.match(bundle, fetch.end())
    if restore is None:
        raise MaterialChanged(
            "nn11site/instant_anchor_fix.py: Material's scroll restoration no longer follows its "
            "page fetch in the bundle. A new Material release? Mend or drop this fix.")

    switch, empty, location = fetch["switch"], fetch["empty"], fetch["location"]
    # fetch when the path differs from the last one shown, starting from the page loaded
    new_path_only = (f"{switch}((nn11Shown=>nn11Url=>nn11Url.pathname===nn11Shown?{empty}:"
                     f"(nn11Shown=nn11Url.pathname,[nn11Url]))(location.pathname))")
    # one more source for the scroll restoration: a new heading on the page shown (the same
    # path, another hash)
    same_page_heading = (f"{location}.pipe({switch}((nn11Last=>nn11Url=>{{const nn11Was=nn11Last;"
                         "nn11Last=nn11Url;return nn11Was.pathname===nn11Url.pathname&&"
                         f"nn11Was.hash!==nn11Url.hash?[nn11Url]:{empty}}})(new URL(location.href)))),")
    sources = restore.end() - len(fetch["document"] + ".pipe(")
    return (bundle[:fetch.start("distinct")] + new_path_only + bundle[fetch.end("distinct"):sources]
            + same_page_heading + bundle[sources:])


def mend_files(files):
    """Mend the theme's bundle among MkDocs' files; returns the file mended."""
    bundles = [file for file in files if BUNDLE.fullmatch(file.src_uri)]
    if len(bundles) != 1:
        raise MaterialChanged(f"nn11site/instant_anchor_fix.py: {len(bundles)} Material bundles "
                              "among the site's files, not one.")
    bundles[0].content_string = mend(bundles[0].content_string)
    return bundles[0]
