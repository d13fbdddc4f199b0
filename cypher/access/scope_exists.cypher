// Whether the node a key is scoped to exists: an organisation, a community or an event.
OPTIONAL MATCH (n:Entity {id: $id})
RETURN n IS NOT NULL AND $label IN labels(n) AS ok
