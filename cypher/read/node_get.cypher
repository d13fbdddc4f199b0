// One node's record fields ($fields, as [name, value] pairs: never its vectors, sentences or
// analysis, which a record does not show) with the ids at the end of its links (for the shorthand fields).
MATCH (n:Entity {id: $id})
WHERE $label IN labels(n)
RETURN [k IN $fields WHERE n[k] IS NOT NULL | [k, n[k]]] AS props,
       COLLECT { MATCH (n)-[r]->(m:Entity) RETURN [type(r), m.id] } AS out_pairs,
       COLLECT { MATCH (n)<-[r:OWNS]-(m:Entity) RETURN [type(r), m.id] } AS in_pairs
