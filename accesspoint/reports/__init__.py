"""Reports, dashboards' data and open data (issue 8). No Qt here.

`suppression` and `aggregate` are standard library only so the council server can reuse
them; `records` and `queries` read the local SQLite database; `open_data` writes the
publishable files.
"""
