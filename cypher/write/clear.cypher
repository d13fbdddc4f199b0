// Remove all ecosystem data (not the schema marker), in batches so large graphs fit in memory.
MATCH (n:Entity)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
