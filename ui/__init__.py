"""AccessPoint's PySide6 user interface. Talks to the domain through ui.services."""
