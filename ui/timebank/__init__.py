"""The Time bank section (issue 4). Importing it registers the people-merge hook."""

import accesspoint.timebank  # noqa: F401
