// One label's nodes with the ids at the end of their links, so the exporter can fill the
// shorthand fields (communities, hub, community, owner).
MATCH (n:Entity)
WHERE $label IN labels(n)
RETURN n {.*} AS props,
       COLLECT { MATCH (n)-[r]->(m:Entity) RETURN [type(r), m.id] } AS out_pairs,
       COLLECT { MATCH (n)<-[r:OWNS]-(m:Entity) RETURN [type(r), m.id] } AS in_pairs
ORDER BY n.id
