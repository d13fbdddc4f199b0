MATCH (n:Entity)
WITH [l IN labels(n) WHERE l <> 'Entity'][0] AS label, count(*) AS n
WITH collect({label: label, n: n}) AS nodes
RETURN nodes, COUNT { MATCH (:Entity)-[]->(:Entity) } AS links
