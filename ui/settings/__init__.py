"""The Settings section (issue 2): hub, server, language, text size."""
