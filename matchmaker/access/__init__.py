"""Who may do what: API keys with roles, what each role may see, and the audit trail of writes.

The HTTP layer (``matchmaker.api.security``) turns a presented key into a ``Principal``; the
routes ask this package's questions of it. The CLI needs no key: it holds the database's own
credentials, and its writes are audited under the operating-system user.
"""
