// Remove all ecosystem data, partnering records and the notification outbox (not the schema marker), in batches so large
// graphs fit in memory.
MATCH (n)
WHERE n:Entity OR n:Partnering OR n:Notification
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
