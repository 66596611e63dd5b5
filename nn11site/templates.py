"""HTML from Jinja2 templates shipped inside the package, each folder of templates beside the
code that fills it (nn11site/figures/templates/, nn11site/explorer/templates/).

Autoescaped: a value is text unless the code marks it as markup (markupsafe.Markup), so an
alt text or a line of code cannot break the page. Undefined names are errors, not blanks.
"""
from functools import cache

import jinja2


@cache
def _environment(package):
    return jinja2.Environment(loader=jinja2.PackageLoader(package), autoescape=True,
                              undefined=jinja2.StrictUndefined, trim_blocks=True,
                              lstrip_blocks=True)


def render(package, template, **values):
    """The template `template` of `package` (a dotted name) filled with `values`."""
    return _environment(package).get_template(template).render(**values)
