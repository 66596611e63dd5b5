"""The one MkDocs plugin, `nn11` (pyproject.toml's entry point): what only MkDocs can do.

The pages are rendered by the Markdown extension nn11site.render, which Zensical runs too.
What is left needs MkDocs itself:

* the notebook page, which mkdocs-jupyter executes and converts (nn11site.notebook_page
  makes it light and keeps it between builds);
* the files made from the programs (figure SVGs, the explorer's data), added to the build's
  files by nn11site.generated_files, so that `mkdocs serve` needs no generation command;
* Material's bundle mended for a bug fixed only in Zensical (nn11site.instant_anchor_fix).

What it holds between a build's events is on the instance: MkDocs makes a plugin per build.
"""
from mkdocs.plugins import BasePlugin

from nn11site import build_cache, generated_files, instant_anchor_fix, notebook_page
from nn11site.notebook import NOTEBOOK


class Nn11Plugin(BasePlugin):
    def on_config(self, config):
        notebook_page.use_encrypted_kernel()
        jupyter = config.plugins["mkdocs-jupyter"].config
        jupyter["cache"] = build_cache.enabled()
        if jupyter["cache"]:
            jupyter["cache_dir"] = str(build_cache.folder("notebook", [NOTEBOOK], notebook_page.RENDERERS))
        return config

    def on_files(self, files, config):
        generated_files.start()     # made while the pages render
        self.generated = generated_files.announce(files, config)
        instant_anchor_fix.mend_files(files)
        return files

    def on_page_content(self, html, page, config, files):
        if page.file.src_uri != notebook_page.NOTEBOOK:
            return html
        return notebook_page.slim(html)

    def on_env(self, env, config, files):
        generated_files.fill(self.generated)
        return env
