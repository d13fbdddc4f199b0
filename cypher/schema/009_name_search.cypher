// Substring search on names through text indexes (trigram), not a scan of every node: English
// names are matched case-insensitively on a lower-cased copy the import writes (name_lower);
// Japanese names as they are. Nodes written before this migration get their copy here.
CREATE TEXT INDEX entity_name_lower IF NOT EXISTS FOR (n:Entity) ON (n.name_lower);
CREATE TEXT INDEX entity_name_ja IF NOT EXISTS FOR (n:Entity) ON (n.name_ja);
MATCH (n:Entity) WHERE n.name IS NOT NULL AND n.name_lower IS NULL
CALL (n) { SET n.name_lower = toLower(n.name) } IN TRANSACTIONS OF 10000 ROWS;
