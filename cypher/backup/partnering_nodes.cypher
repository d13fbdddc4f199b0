// Every partnering record (slots, participants, requests, meetings) with its labels, for a backup.
MATCH (n:Partnering)
RETURN [l IN labels(n) WHERE l <> 'Partnering'][0] AS label, properties(n) AS props
ORDER BY label, n.event, coalesce(n.key, n.id)
