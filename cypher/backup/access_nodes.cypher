// API keys (their hashes, never secrets) and the audit trail, for a backup.
MATCH (n)
WHERE n:ApiKey OR n:AuditEvent
RETURN CASE WHEN n:ApiKey THEN 'ApiKey' ELSE 'AuditEvent' END AS label, properties(n) AS props
ORDER BY label, n.id
