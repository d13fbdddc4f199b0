MATCH (a:Entity {id: $source})-[r:$($type) {key: $key}]->(b:Entity {id: $target})
DELETE r
// both ends' candidate rows list their links (schema/010_row_revision)
SET a.row_rev = $row_rev, b.row_rev = $row_rev
RETURN count(r) AS deleted
