"""Security and data protection (issue 7): users and roles, permissions, the audit
trail, retention, residents' rights, equality monitoring, backups and the keystore.

No Qt here; ui/security wraps these.
"""
