"""What the site's hooks, the tests and the contributor tools share.

`paths`: where things are. `listings`: the three programs and which page shows each.
`traces`: running a listing and keeping what its loop computed. `site`: building and serving
the site. `chromium`: which Chromium to drive. The package is installed in editable mode by
requirements.txt (`-e .`), so every one of them imports it by name.
"""
