MATCH (a:Entity {id: $source})-[r:$($type) {key: $key}]->(b:Entity {id: $target})
DELETE r
RETURN count(r) AS deleted
