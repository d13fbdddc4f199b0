// Every link of a node, in both directions, with the other end's name and label.
MATCH (n:Entity {id: $id})-[r]-(m:Entity)
RETURN type(r) AS type,
       CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction,
       m.id AS other_id, m.name AS other_name, m.name_ja AS other_name_ja,
       [l IN labels(m) WHERE l <> 'Entity'][0] AS other_label,
       coalesce(m.kind, null) AS other_kind, properties(r) AS props
ORDER BY type, other_name
