"""People: find, view, edit and merge residents ("tell us once")."""
