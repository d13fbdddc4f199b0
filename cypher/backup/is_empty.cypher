// Whether the database holds any ecosystem or partnering data (a restore goes into an empty one).
OPTIONAL MATCH (n)
WHERE n:Entity OR n:Partnering
WITH n LIMIT 1
RETURN n IS NULL AS empty
