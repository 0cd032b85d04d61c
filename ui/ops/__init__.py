"""The GUI side of operations: help menu, about box, crash dialog, single instance,
start-up checks. The logic lives in accesspoint.ops (no Qt); this is the wrapping."""
