"""Small reusable widgets and helpers shared by the app's own screens."""
