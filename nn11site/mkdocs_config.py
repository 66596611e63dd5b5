"""mkdocs.yml as data, for the code that reads the site's settings outside a build."""
import yaml

from nn11site.paths import ROOT


class _IgnoreTags(yaml.SafeLoader):
    """mkdocs.yml uses !ENV and may use other tags; what is read here needs none of them."""


_IgnoreTags.add_multi_constructor("!", lambda loader, suffix, node: None)


def mkdocs_config():
    return yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_IgnoreTags)
