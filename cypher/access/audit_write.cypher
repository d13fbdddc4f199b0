// One audited write: who (key id, role, or the CLI's user), when, and what (method, path, outcome).
CREATE (a:AuditEvent)
SET a = $event, a.at = datetime($event.at)
