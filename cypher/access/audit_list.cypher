// The audit trail, newest first, optionally from one key or since a time.
MATCH (a:AuditEvent)
WHERE ($since IS NULL OR a.at >= datetime($since)) AND ($actor IS NULL OR a.actor = $actor)
RETURN a {.*} AS event
ORDER BY a.at DESC, a.id
LIMIT $limit
