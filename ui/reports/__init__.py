"""Reports section: the coordinators' dashboard, monthly PDF, spreadsheets, open data."""
