// One node with the ids at the end of its links (for the shorthand fields).
MATCH (n:Entity {id: $id})
WHERE $label IN labels(n)
RETURN n {.*} AS props,
       COLLECT { MATCH (n)-[r]->(m:Entity) RETURN [type(r), m.id] } AS out_pairs,
       COLLECT { MATCH (n)<-[r:OWNS]-(m:Entity) RETURN [type(r), m.id] } AS in_pairs
