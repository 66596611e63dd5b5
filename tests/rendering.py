"""Markdown rendered as the site renders it, outside a build: mkdocs.yml's extensions, the
package's nn11site.render among them, for tests that hold one rendering to a claim."""
import markdown

from nn11site.mkdocs_config import mkdocs_config


def extensions():
    names, configs = [], {}
    for entry in mkdocs_config()["markdown_extensions"]:
        name, options = next(iter(entry.items())) if isinstance(entry, dict) else (entry, None)
        names.append(name)
        if options:
            configs[name] = options
    return names, configs


def render(text):
    names, configs = extensions()
    return markdown.Markdown(extensions=names, extension_configs=configs).convert(text)
