// The graph version the metrics cache and the name-search memo key on: the change counter every matchmaker write
// increments, with the node and relationship counts (from the count store, so constant time) for
// changes made around matchmaker, such as clearing the database. Edits made directly in Neo4j
// that keep every count are not seen; the cache also expires after a few minutes for that reason.
OPTIONAL MATCH (m:_Meta {id: 'graph'})
RETURN coalesce(m.version, 0) AS version, COUNT { MATCH (n:Entity) } AS nodes,
       COUNT { MATCH ()-[]->() } AS links
