"""The Sync screen (issue 6): one button, progress, summary, Needs attention, enrolment."""
