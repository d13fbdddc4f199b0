// Delete a node and its links; an organisation's seeds go with it (a seed needs an owner).
MATCH (n:Entity {id: $id})
WHERE $label IN labels(n)
OPTIONAL MATCH (n)-[:OWNS]->(s:Seed)
WITH n, collect(s) AS seeds
FOREACH (s IN seeds | DETACH DELETE s)
DETACH DELETE n
RETURN count(*) AS deleted
