// Remove all ecosystem data and partnering records (not the schema marker), in batches so large
// graphs fit in memory.
MATCH (n)
WHERE n:Entity OR n:Partnering
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
