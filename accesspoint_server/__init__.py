"""AccessPoint council API server: ORUK directory, hub enrolment and sync.

Imports nothing from the hub app (``accesspoint``) or ``ui``; it shares only the
wire types in ``sync.protocol``.
"""

__version__ = "0.1.0"
