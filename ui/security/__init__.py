"""Sign-in, screen lock, user management, audit viewer, retention and residents'
rights actions, and the equality monitoring form (issue 7)."""
