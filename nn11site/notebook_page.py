"""The executed notebook as a light page in the site's own style (for the plugin,
nn11site.mkdocs_plugin).

mkdocs-jupyter executes docs/notebook.ipynb at build time and converts it with nbconvert's
JupyterLab template, which inlines about 590 KB of JupyterLab CSS and a MathJax loader
(from a CDN) into the page. This module keeps what the reader needs, the cells and their
outputs, and rewrites them as the site's own Markdown would have produced them:

* a Markdown cell becomes its rendered HTML, with Material's heading permalinks;
* a code cell becomes a Material code block (the same highlighting classes, so light and dark
  mode, and the copy button, work as everywhere else), titled with the listing lines it
  holds;
* a cell's printed output becomes an output block like the other pages' (`.output`, no copy
  button);
* each code cell can be run in the page, as the other pages' snippets can
  (nn11site.render.marks), "together", since the cells share one kernel, and compared with
  its output; it is sized for the style sheet as every code block is;
* a button under the title downloads the notebook, by a link relative to the page (the
  `include_source` option copies notebook.ipynb beside the page), so it works wherever the
  site is hosted;
* on the hosted site, two plain links beside it open the same notebook in Colab and in
  Binder, from the repository and branch that the Pages workflow publishes (it sets
  PAGES_REPOSITORY and PAGES_BRANCH from its own GITHUB_REPOSITORY and branch; GitHub sets
  GITHUB_* in every job, the tests' builds included, and lets no workflow set them, hence
  names of our own). A local build knows no repository and shows neither link.

Executing the notebook is most of a build's time, so the executed page is kept between builds
(mkdocs-jupyter's own cache) in a folder whose name is a key made of the notebook and the
versions of everything that runs or renders it (nn11site.build_cache; the plugin sets it): a prose edit elsewhere
rebuilds in a second, and a kept page is never stale. NN11_FRESH_BUILD=1 turns it off.

Every script, style sheet and prompt of the template is dropped. An output that is not
printed text (an image, an error, a rich display) stops the build: this page has no styles
for those, and the test suite expects exactly the listings' printed text.
"""
import html as html_lib
import os
import re
from urllib.parse import quote

from bs4 import BeautifulSoup

from nn11site.paths import ROOT
from nn11site.render.code_blocks import run_bar, size

NOTEBOOK = "notebook.ipynb"
DOWNLOAD_NAME = "nn11.ipynb"
# code cell ids written by tools/build_notebook.py: "<listing>-lines-<first>-<last>"
CELL_ID = re.compile(r"^cell-id=(?P<listing>\w+)-lines-(?P<first>\d+)-(?P<last>\d+)$")
PRINTED = {"text/plain"}
# the notebook's path in the repository, which Colab and Binder open
NOTEBOOK_IN_REPOSITORY = "docs/notebook.ipynb"


# what can change the executed notebook's page, besides the notebook itself
RENDERERS = ["mkdocs-jupyter", "nbconvert", "nbclient", "ipykernel", "numpy", "pygments"]


# Jupyter configuration for the kernel that executes the notebook (read by the nbconvert app
# that mkdocs-jupyter makes). The kernel talks to the build over sockets on 127.0.0.1; with
# CurveZMQ keys handed out by the kernel manager (the pinned ipykernel's kernelspec declares
# support) that talk is encrypted, and the kernel stops printing, at every build, a warning
# that it is not.
JUPYTER_CONFIG = ROOT / "nn11site" / "jupyter_config"


def use_encrypted_kernel(environ=os.environ):
    """Put JUPYTER_CONFIG first on the path where Jupyter applications look for their
    configuration (a reader's own folders, if any, follow it)."""
    paths = [str(JUPYTER_CONFIG), *filter(None, environ.get("JUPYTER_CONFIG_PATH", "").split(os.pathsep))]
    environ["JUPYTER_CONFIG_PATH"] = os.pathsep.join(dict.fromkeys(paths))


def hosted_links(environ=os.environ):
    """Colab and Binder links for the repository the Pages workflow publishes, or none."""
    repository, branch = environ.get("PAGES_REPOSITORY"), environ.get("PAGES_BRANCH")
    if not repository or not branch:
        return []
    if not re.fullmatch(r"[\w.-]+/[\w.-]+", repository):
        raise ValueError(f"PAGES_REPOSITORY is {repository!r}, not owner/name")
    colab = (f"https://colab.research.google.com/github/{repository}/blob/"
             f"{quote(branch)}/{NOTEBOOK_IN_REPOSITORY}")
    # binder/requirements.txt gives Binder the notebook's one requirement, NumPy
    binder = (f"https://mybinder.org/v2/gh/{repository}/{quote(branch, safe='')}"
              f"?labpath={quote(NOTEBOOK_IN_REPOSITORY, safe='')}")
    return [(colab, "Open in Colab"), (binder, "Open in Binder")]


def download_button():
    links = "".join(f' <a class="md-button" href="{html_lib.escape(url)}">{label}</a>'
                    for url, label in hosted_links())
    return (f'<p class="nn11-download"><a class="md-button md-button--primary" href="{NOTEBOOK}" '
            f'download="{DOWNLOAD_NAME}" title="The notebook without outputs: '
            f'run it in Jupyter to make them">Download the notebook (.ipynb)</a>{links}</p>')


def markdown_cell(cell):
    rendered = cell.select_one(".jp-RenderedMarkdown")
    for anchor in rendered.select("a.anchor-link"):
        anchor["class"] = ["headerlink"]
        anchor["title"] = "Link to this section"
    return rendered.decode_contents().strip()


def code_block(cell, marks):
    pre = cell.select_one(".jp-InputArea .highlight-ipynb pre")
    if pre is None:
        raise ValueError("notebook page: a code cell without highlighted source")
    code = pre.decode_contents()
    code = code.removeprefix("<span></span>")
    title = ""
    m = CELL_ID.match(cell.get("id", ""))
    if m:
        title = (f'<span class="filename">{m["listing"]}.py, '
                 f'lines {m["first"]}\N{EN DASH}{m["last"]}</span>')
    lines = size(pre.get_text(), bool(title))
    return (f'<div class="language-python highlight"{marks} style="{lines}">{title}'
            f'<pre><span></span><code>{code}</code></pre></div>')


def output_block(cell, output_id):
    printed = []
    for output in cell.select(".jp-OutputArea-output"):
        mime = output.get("data-mime-type")
        if mime not in PRINTED or output.find("pre") is None:
            raise ValueError(f"notebook page: an output of type {mime!r}, not printed text; "
                             f"this page shows printed text only")
        printed.append(output.find("pre").get_text())
    if not printed:
        return ""
    text = "".join(printed)
    text = text if text.endswith("\n") else text + "\n"
    return (f'<div class="language-text highlight output no-copy" id="{output_id}" '
            f'style="{size(text, False)}"><pre><span></span><code>'
            f'{html_lib.escape(text, quote=False)}</code></pre></div>')


def slim(html):
    soup = BeautifulSoup(html, "html.parser")
    notebook = soup.select_one("div.jp-Notebook")
    if notebook is None:
        raise ValueError("notebook page: mkdocs-jupyter's output has no div.jp-Notebook")
    parts = []
    runnable = 0
    for cell in notebook.find_all("div", class_="jp-Cell", recursive=False):
        classes = cell.get("class", [])
        if "jp-MarkdownCell" in classes:
            parts.append(markdown_cell(cell))
        elif "jp-CodeCell" in classes:
            # the template wraps each code cell in a second jp-Cell div that holds the id
            inner = cell.find("div", class_="jp-Cell") or cell
            runnable += 1
            output_id = f"nn11-printed-{runnable}"
            output = output_block(inner, output_id)
            attrs = {"data-run": "together", "data-run-file": "snippet.py"}
            if output:
                attrs["data-run-expected"] = output_id
            marks = "".join(f' {key}="{value}"' for key, value in attrs.items())
            parts.append(code_block(inner, marks) + run_bar(attrs))
            parts.append(output)
        else:
            raise ValueError(f"notebook page: unknown cell {' '.join(classes)}")
    body = "\n".join(part for part in parts if part)
    # the download button goes right under the title
    body, found = re.subn(r"</h1>", lambda m: m.group(0) + download_button(), body, count=1)
    if not found:
        body = download_button() + body
    return body
